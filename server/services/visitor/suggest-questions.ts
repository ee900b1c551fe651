import type { SuggestResult } from '../../../protocol/index.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { preferLanguage } from '../faq/prefer-language.ts';

const SUGGEST_LIMIT = 5;

/** Questions that fit what the visitor is typing. The index holds published entries only. */
export function suggestQuestions(
  deps: Pick<ServiceDeps, 'faq'>,
  actor: VisitorActor,
  input: { text: string },
): SuggestResult {
  const candidates = deps.faq.suggest(input.text, SUGGEST_LIMIT);
  return {
    suggestions: preferLanguage(candidates, deps.faq, actor.lang).map((c) => ({
      faqId: c.id,
      question: c.question,
    })),
  };
}
