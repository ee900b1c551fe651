import { groupGaps } from '../../knowledge/gaps/index.ts';
import { FaqIndex } from '../../knowledge/index.ts';
import { GAP_OPTIONS } from '../../knowledge/options.ts';
import { share, type GapScenario } from './gaps-data.ts';

export const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55] as const;

export interface Clustering {
  threshold: number;
  questions: number;
  groups: number;
  /** B-cubed: how much of each question's group shares its label, and how much of its label its group holds. */
  precision: number;
  recall: number;
  /** Precision weighs twice: a mixed group costs an admin more than a split one. */
  f05: number;
}

/** B-cubed precision and recall of groups of question texts against their labels. */
export function bcubed(
  groups: readonly string[][],
  label: ReadonlyMap<string, string>,
): { precision: number; recall: number } {
  const perLabel = new Map<string, number>();
  for (const g of label.values()) perLabel.set(g, (perLabel.get(g) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  let n = 0;
  for (const group of groups) {
    for (const text of group) {
      const same = group.filter((t) => label.get(t) === label.get(text)).length;
      precision += same / group.length;
      recall += same / (perLabel.get(label.get(text) ?? '') ?? 1);
      n++;
    }
  }
  return { precision: share(precision, n), recall: share(recall, n) };
}

/**
 * The tuning month (fold 0 only): what the bot misses against the shop's knowledge base,
 * grouped at each threshold and scored against the labels.
 */
export function tuneGrouping(scenario: GapScenario): Clustering[] {
  const index = new FaqIndex(scenario.kb);
  const missed = scenario.tuning.filter((q) => {
    const r = index.match(q.query);
    return r.decision !== 'answer' || r.candidates[0]?.id !== q.gold;
  });
  const label = new Map(missed.map((q) => [q.query, q.gold]));
  const records = missed.map((q, i) => ({ messageId: q.qid, text: q.query, at: String(i) }));
  return THRESHOLDS.map((threshold) => {
    const groups = groupGaps(records, { background: index, threshold });
    const { precision, recall } = bcubed(
      groups.map((g) => g.questions.map((q) => q.text)),
      label,
    );
    const f05 = share(1.25 * precision * recall, 0.25 * precision + recall);
    return { threshold, questions: missed.length, groups: groups.length, precision, recall, f05 };
  });
}

/** Grouping time for `n` distinct questions (median of 3), with this knowledge base as background. */
export function groupingMillis(texts: readonly string[], background: FaqIndex): number {
  const records = texts.map((text, i) => ({ messageId: String(i), text, at: String(i) }));
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    groupGaps(records, { background, threshold: GAP_OPTIONS.groupMin });
    times.push(performance.now() - start);
  }
  return Math.round(times.sort((a, b) => a - b)[1]!);
}
