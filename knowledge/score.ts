import { SCORE_OPTIONS } from './options.ts';
import type { Phrasing } from './phrasings.ts';
import type { TermStats, WeightedQuery } from './term-stats.ts';
import type { Candidate, FaqEntry } from './types.ts';

/**
 * Scores one entry against a query: confidence is the closeness of its best
 * phrasing; score adds a little for every other phrasing that also fits, so an
 * entry asked about in several ways beats one lucky phrasing of another entry,
 * and a little for how much of the query the entry's phrasings hold together
 * (query words spread over several phrasings of one entry).
 */
export function scoreEntry(
  entry: FaqEntry,
  phrasings: readonly Phrasing[],
  allTokens: ReadonlySet<string>,
  query: WeightedQuery,
  stats: TermStats,
): Candidate | undefined {
  let best: Phrasing | undefined;
  let top = 0;
  let sum = 0;
  for (const p of phrasings) {
    const sim = stats.similarity(query, p.tokens);
    sum += sim;
    if (sim > top) {
      top = sim;
      best = p;
    }
  }
  if (!best) return undefined;
  return {
    id: entry.id,
    question: entry.question,
    score:
      top +
      SCORE_OPTIONS.otherPhrasingWeight * (sum - top) +
      SCORE_OPTIONS.entryCoverageWeight * stats.coverage(query, allTokens),
    confidence: top,
    matchedField: best.field,
    matchedText: best.text,
  };
}
