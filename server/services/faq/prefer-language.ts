import type { Candidate, FaqIndex } from '../../../knowledge/index.ts';
import type { Language } from '../../../protocol/index.ts';

/** Confidences closer than this count as a tie (floating-point noise, not a real difference). */
const TIE = 1e-9;

/**
 * Keeps the engine's ranking, but where candidates match equally well, puts the entries
 * in the visitor's language first: a Chinese visitor who types "iPhone" sees Chinese entries.
 */
export function preferLanguage(
  candidates: Candidate[],
  faq: FaqIndex,
  lang: Language,
): Candidate[] {
  const rank = (c: Candidate) => {
    const entryLang = faq.get(c.id)?.lang;
    if (entryLang === lang) return 0;
    return entryLang ? 2 : 1;
  };
  const out: Candidate[] = [];
  let run: Candidate[] = [];
  const flush = () => {
    out.push(...run.sort((a, b) => rank(a) - rank(b)));
    run = [];
  };
  for (const c of candidates) {
    const head = run[0];
    if (head && Math.abs(head.confidence - c.confidence) > TIE) flush();
    run.push(c);
  }
  flush();
  return out;
}
