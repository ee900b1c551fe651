import { normalise } from './normalise.ts';
import { tokenizeNormalised } from './tokenize.ts';
import type { FaqEntry, MatchedField } from './types.ts';

/** One indexed text of an entry: its question, one similar question, or its keywords. */
export interface Phrasing {
  field: MatchedField;
  text: string;
  tokens: ReadonlySet<string>;
}

/**
 * Each phrasing is scored on its own, so a short similar question is not drowned
 * by a long question, and the best phrasing explains the match. Keywords form one
 * phrasing: they describe the entry, they are not a question.
 */
export function phrasingsOf(entry: FaqEntry): Phrasing[] {
  const texts: [MatchedField, string][] = [
    ['question', entry.question],
    ...entry.similar.map((s): [MatchedField, string] => ['similar', s]),
  ];
  if (entry.keywords.length > 0) texts.push(['keywords', entry.keywords.join(' ')]);
  const out: Phrasing[] = [];
  for (const [field, text] of texts) {
    const tokens = new Set(tokenizeNormalised(normalise(text)));
    if (tokens.size > 0) out.push({ field, text, tokens });
  }
  return out;
}
