import type { FaqTestResult } from '../../../../protocol/index.ts';
import type { ServiceDeps } from '../../deps.ts';

/** How many matches "test a question" shows. */
const SHOWN = 5;

/** What the bot would make of a question right now: its tokens, the best matches, the decision. */
export function testFaqQuestion(deps: Pick<ServiceDeps, 'faq'>, question: string): FaqTestResult {
  const result = deps.faq.match(question, { limit: SHOWN });
  return {
    tokens: result.tokens,
    decision: result.decision,
    candidates: result.candidates.map((c) => ({
      id: c.id,
      question: c.question,
      score: c.score,
      confidence: c.confidence,
      matchedField: c.matchedField,
      matchedText: c.matchedText,
    })),
  };
}
