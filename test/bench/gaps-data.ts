import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { foldOf } from '../../knowledge/eval/evaluate.ts';
import { loadKb, loadQueries, type EvalQuery } from '../../knowledge/eval/load.ts';
import type { FaqEntry } from '../../knowledge/index.ts';
import type { Language } from '../../protocol/index.ts';

const EVAL_DIR = resolve(import.meta.dirname, '../../../shared/eval/faq');
export const GAP_SETS = ['zh-bq', 'zh-lcqmc', 'en-banking77'] as const;
export type GapSet = (typeof GAP_SETS)[number];

/**
 * One eval set as a shop whose knowledge base misses some topics: a quarter of the entries
 * (by a hash of the id, so the same ones every run) are left out, and a visitor's question
 * about one of them can only be answered once an admin adds it. The dev queries split by
 * `foldOf` into a month for tuning (fold 0) and the month that counts (fold 1).
 */
export interface GapScenario {
  set: GapSet;
  lang: Language;
  /** The full knowledge base: the labels' answers. */
  all: Map<string, FaqEntry>;
  /** What the shop starts with. */
  kb: FaqEntry[];
  tuning: EvalQuery[];
  month: EvalQuery[];
}

export const isMissing = (id: string): boolean =>
  createHash('sha1').update(id).digest()[0]! % 4 === 0;

export function loadScenario(set: GapSet): GapScenario {
  const kb = loadKb(`${EVAL_DIR}/${set}/kb.json`);
  const queries = loadQueries(`${EVAL_DIR}/${set}/dev-queries.jsonl`);
  return {
    set,
    lang: set.startsWith('zh') ? 'zh-CN' : 'en',
    all: new Map(kb.map((e) => [e.id, e])),
    kb: kb.filter((e) => !isMissing(e.id)),
    tuning: queries.filter((q) => foldOf(q.qid) === 0),
    month: queries.filter((q) => foldOf(q.qid) === 1),
  };
}

/** The label most of these questions carry (ties: the first seen). */
export function majorityLabel(golds: readonly string[]): string {
  const votes = new Map<string, number>();
  for (const g of golds) votes.set(g, (votes.get(g) ?? 0) + 1);
  let best = golds[0] ?? '';
  for (const [g, n] of votes) if (n > (votes.get(best) ?? 0)) best = g;
  return best;
}

export const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Number((part / whole).toFixed(4));
