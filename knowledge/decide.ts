import { MATCH_OPTIONS } from './options.ts';
import type { Candidate, Decision } from './types.ts';

/**
 * answer: the best candidate is close to the query and leads the runner-up
 * clearly. The lead needed shrinks with the evidence, like a standard error
 * (∝ 1/√tokens): a 4-word English question must lead by more than a 20-token
 * Chinese one, with one constant for every language.
 * suggest: something is plausible, offer the best 1–3.
 * none: nothing is close enough to show a visitor.
 */
export function decide(
  ranked: readonly Candidate[],
  tokenCount: number,
): { decision: Decision; suggestions: Candidate[] } {
  const [best, second] = ranked;
  if (!best || best.confidence < MATCH_OPTIONS.suggestMin) {
    return { decision: 'none', suggestions: [] };
  }
  const lead = best.score - (second?.score ?? 0);
  const leadNeeded = MATCH_OPTIONS.answerLead / Math.sqrt(Math.max(1, tokenCount));
  if (best.confidence >= MATCH_OPTIONS.answerMin && lead >= leadNeeded) {
    return { decision: 'answer', suggestions: [] };
  }
  const suggestions = ranked
    .slice(0, MATCH_OPTIONS.suggestLimit)
    .filter((c) => c.confidence >= MATCH_OPTIONS.suggestMin);
  return { decision: 'suggest', suggestions };
}
