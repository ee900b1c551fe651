import { FaqIndex } from '../faq-index.ts';
import { evaluate, type Matcher } from './evaluate.ts';
import { loadKb, loadQueries } from './load.ts';

/** npm run faq:eval -- <kb.json> <queries.jsonl>: a readable summary, then one JSON line. */
function main(args: string[]): number {
  const [kbPath, queriesPath] = args;
  if (!kbPath || !queriesPath) {
    console.error('usage: npm run faq:eval -- <kb.json> <queries.jsonl>');
    return 2;
  }
  let index: FaqIndex;
  let queries;
  try {
    index = new FaqIndex(loadKb(kbPath));
    queries = loadQueries(queriesPath);
  } catch (error) {
    console.error(`faq:eval: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const match: Matcher = (query) => {
    const result = index.match(query, { limit: 10 });
    return {
      ranked: result.candidates.map((c) => c.id),
      decision: result.decision,
      suggestions: result.suggestions.map((c) => c.id),
    };
  };
  const report = evaluate(match, queries, index.size);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`FAQ evaluation: ${report.entries} entries, ${report.queries} queries`);
  console.log(`  top-1 ${pct(report.top1)}   top-3 ${pct(report.top3)}   MRR@10 ${report.mrr}`);
  console.log(`  answered ${pct(report.answered)} with precision ${pct(report.answerPrecision)}`);
  console.log(
    `  suggestions contain the gold entry in ${pct(report.suggestRecall)} of suggest decisions`,
  );
  console.log(`  latency per match: p50 ${report.p50Micros} µs, p99 ${report.p99Micros} µs`);
  console.log(JSON.stringify(report));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
