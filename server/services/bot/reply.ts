import type { FaqIndex } from '../../../knowledge/index.ts';
import type { Language } from '../../../protocol/index.ts';
import type { MessageDraft } from '../../store/types.ts';
import { preferLanguage } from '../faq/prefer-language.ts';
import { BOT_PHRASES } from './phrases.ts';

export type BotReply = Pick<MessageDraft, 'kind' | 'body' | 'faqId' | 'payload'>;

/**
 * What the bot says to a visitor's message: the picked entry's answer, else the
 * matcher's decision: one answer, a few suggestions, or a fallback offering a person.
 */
export function botReply(
  faq: FaqIndex,
  text: string,
  pickedFaqId: string | undefined,
  lang: Language,
): BotReply {
  const picked = pickedFaqId ? faq.get(pickedFaqId) : undefined;
  if (picked) return { kind: 'answer', body: picked.answer, faqId: picked.id, payload: {} };

  const result = faq.match(text);
  const best = result.candidates[0];
  if (result.decision === 'answer' && best) {
    const entry = faq.get(best.id);
    if (entry) return { kind: 'answer', body: entry.answer, faqId: entry.id, payload: {} };
  }
  const phrases = BOT_PHRASES[lang];
  if (result.decision === 'suggest' && result.suggestions.length > 0) {
    const suggestions = preferLanguage(result.suggestions, faq, lang).map((c) => ({
      faqId: c.id,
      question: c.question,
    }));
    return {
      kind: 'suggestions',
      body: phrases.suggestIntro,
      faqId: null,
      payload: { suggestions },
    };
  }
  return {
    kind: 'fallback',
    body: phrases.fallback,
    faqId: null,
    payload: { actions: ['handoff'] },
  };
}
