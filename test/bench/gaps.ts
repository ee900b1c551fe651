/**
 * `npm run bench:gaps`: learning from unanswered questions (知识缺口) on real data. Each eval
 * set in ../shared/eval/faq plays a shop whose knowledge base misses a quarter of its topics.
 * The grouping threshold is tuned on dev fold 0 only (the sweep is printed); the month that
 * counts is fold 1, replayed by real visitors against a real server: the misses are logged,
 * every group is settled in one click (new entry, or similar questions of the entry its label
 * names), and the month is replayed again. Fold 0 serves as the next month, never logged.
 * Prints Markdown, then one JSON line.
 */
import { pathToFileURL } from 'node:url';
import { FaqIndex } from '../../knowledge/index.ts';
import { GAP_OPTIONS } from '../../knowledge/options.ts';
import { GAP_SETS, loadScenario } from './gaps-data.ts';
import { benchMonth, type MonthResult } from './gaps-month.ts';
import { groupingMillis, THRESHOLDS, tuneGrouping, type Clustering } from './gaps-tune.ts';

const pct = (x: number) => (x * 100).toFixed(1);
const SCALE = 2000;

function tuningTable(sweeps: Map<string, Clustering[]>): string {
  const rows = THRESHOLDS.map((t, i) => {
    const cells = [...sweeps.values()].map((sweep) => {
      const c = sweep[i]!;
      return `${c.groups} | ${pct(c.precision)} / ${pct(c.recall)} | ${c.f05.toFixed(3)}`;
    });
    const mean = [...sweeps.values()].reduce((sum, s) => sum + s[i]!.f05, 0) / sweeps.size;
    const mark = t === GAP_OPTIONS.groupMin ? ' **(chosen)**' : '';
    return `| ${t}${mark} | ${cells.join(' | ')} | ${mean.toFixed(3)} |`;
  });
  const sets = [...sweeps.keys()];
  const questions = [...sweeps.values()].map((s) => s[0]!.questions);
  return `### Grouping, tuned on dev fold 0 (the questions the bot missed there)

Average link over the matcher's cosine (idf from the questions and the shop's entries).
Per set: groups, B-cubed precision / recall %, F0.5. Missed questions: ${sets.map((s, i) => `${s} ${questions[i]}`).join(', ')}.

| threshold | ${sets.map((s) => `${s} groups | P / R | F0.5`).join(' | ')} | mean F0.5 |
| ---: | ${sets.map(() => '---: | ---: | ---:').join(' | ')} | ---: |
${rows.join('\n')}
`;
}

function monthRow(r: MonthResult): string {
  return `| ${r.set} | ${r.questions} | ${pct(r.rightBefore)} → **${pct(r.rightAfter)}** | ${pct(r.answeredBefore)} → ${pct(r.answeredAfter)} | ${r.gapQuestions} | 0 → **${pct(r.gapRightAfter)}** | ${r.groups} (${r.created} new, ${r.attached} added to) | ${r.nearestRight} / ${r.nearestOf} | ${pct(r.nextRightBefore)} → ${pct(r.nextRightAfter)} |`;
}

export async function benchGaps(): Promise<string> {
  const scenarios = GAP_SETS.map(loadScenario);
  const sweeps = new Map(scenarios.map((s) => [s.set, tuneGrouping(s)]));
  const months: MonthResult[] = [];
  for (const s of scenarios) months.push(await benchMonth(s));
  const texts = scenarios.flatMap((s) => [...s.tuning, ...s.month].map((q) => q.query));
  const background = new FaqIndex(scenarios.flatMap((s) => s.kb));
  const scaleMs = groupingMillis(texts.slice(0, SCALE), background);
  const summary = {
    threshold: GAP_OPTIONS.groupMin,
    months: months.map(
      ({
        set,
        rightBefore,
        rightAfter,
        gapRightAfter,
        nextRightBefore,
        nextRightAfter,
        groups,
      }) => ({
        set,
        rightBefore,
        rightAfter,
        gapRightAfter,
        nextRightBefore,
        nextRightAfter,
        groups,
      }),
    ),
    groupingMs2000: scaleMs,
  };
  return `## Learning from unanswered questions (\`npm run bench:gaps\`)

Each eval set plays a shop missing a quarter of its topics (entries picked by a hash of the
id). The month that counts is dev fold 1, asked by one real visitor per question over the
widget's socket; a wrong answer gets 👎. The admin settles every logged group in one click
with the label standing in for their knowledge: similar questions of the label's entry when
the shop has it, else a new entry (representative, the rest as similar questions, the label's
answer); groups are not reviewed. Right = answered with the label's answer.

| set | month | right % | answered % | logged questions | of those, right % | groups | suggested entry = label | next month right % |
| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |
${months.map(monthRow).join('\n')}

${tuningTable(sweeps)}
Grouping ${SCALE.toLocaleString('en')} distinct questions (all three sets' dev queries) takes ${scaleMs} ms.

${JSON.stringify(summary)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchGaps());
}
