import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Decision } from '../types.ts';
import type { EvalQuery } from './load.ts';

/** What one matcher says about one query: entry ids best first, and its decision. */
export interface Verdict {
  ranked: string[];
  decision: Decision;
  suggestions: string[];
}

export type Matcher = (query: string) => Verdict;

export interface EvalReport {
  entries: number;
  queries: number;
  top1: number;
  top3: number;
  mrr: number;
  answered: number;
  answerPrecision: number;
  suggestRecall: number;
  p50Micros: number;
  p99Micros: number;
}

const round = (x: number, places: number): number => Number(x.toFixed(places));
const share = (part: number, whole: number): number => (whole === 0 ? 0 : round(part / whole, 4));

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** 2-fold split by a hash of the query id: stable, and independent of the gold entry. */
export function foldOf(qid: string): 0 | 1 {
  return (createHash('sha1').update(qid).digest()[0]! & 1) as 0 | 1;
}

/** Untimed calls before measuring, so latency is the steady state, not the JIT warming up. */
const WARM_UP = 200;

/** Asks every query once and scores the answers; latency is per matcher call. */
export function evaluate(
  match: Matcher,
  queries: readonly EvalQuery[],
  entries: number,
): EvalReport {
  for (const { query } of queries.slice(0, WARM_UP)) match(query);
  const count = {
    top1: 0,
    top3: 0,
    rr: 0,
    answered: 0,
    answeredRight: 0,
    suggested: 0,
    suggestHit: 0,
  };
  const micros: number[] = [];
  for (const { query, gold } of queries) {
    const start = performance.now();
    const verdict = match(query);
    micros.push((performance.now() - start) * 1000);
    const rank = verdict.ranked.indexOf(gold);
    if (rank === 0) count.top1++;
    if (rank >= 0 && rank < 3) count.top3++;
    if (rank >= 0 && rank < 10) count.rr += 1 / (rank + 1);
    if (verdict.decision === 'answer') {
      count.answered++;
      if (rank === 0) count.answeredRight++;
    } else if (verdict.decision === 'suggest') {
      count.suggested++;
      if (verdict.suggestions.includes(gold)) count.suggestHit++;
    }
  }
  micros.sort((a, b) => a - b);
  const n = queries.length;
  return {
    entries,
    queries: n,
    top1: share(count.top1, n),
    top3: share(count.top3, n),
    mrr: share(count.rr, n),
    answered: share(count.answered, n),
    answerPrecision: share(count.answeredRight, count.answered),
    suggestRecall: share(count.suggestHit, count.suggested),
    p50Micros: round(percentile(micros, 0.5), 1),
    p99Micros: round(percentile(micros, 0.99), 1),
  };
}
