import { normalise } from './normalise.ts';

/**
 * Search terms for transcript search: exact substrings, not the FAQ matcher's fuzzy tokens (no
 * stop words, no stemming). Both sides are normalised the same way (full/half width, case,
 * traditional → simplified). A run of Han characters becomes its character bigrams, in order,
 * then its last character alone, so every character starts exactly one term: a bigram phrase
 * finds any substring of two or more characters, and a single character is a prefix of the
 * term it starts. Other runs (Latin, digits, other scripts) are words.
 */

/** A run of Han characters, or a run of other letters/digits (normalise left only those and spaces). */
const RUNS = /\p{Script=Han}+|[^\s\p{Script=Han}]+/gu;
const HAN_START = /^\p{Script=Han}/u;

function hanTerms(run: string): string[] {
  const chars = Array.from(run);
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  terms.push(chars.at(-1)!);
  return terms;
}

/** What a message is indexed under: its terms, space-separated, in text order. '' for none. */
export function indexTerms(text: string): string {
  const terms: string[] = [];
  for (const [run] of normalise(text).matchAll(RUNS)) {
    if (HAN_START.test(run)) terms.push(...hanTerms(run));
    else terms.push(run);
  }
  return terms.join(' ');
}

/**
 * One condition of a query: these terms next to each other, in order; with `prefix`, the last
 * one may be the start of a longer term. A message matches a query when it meets every part.
 */
export interface SearchPart {
  terms: string[];
  prefix: boolean;
}

/**
 * The parts of what someone typed into the search box, or null when it holds nothing to look
 * for (empty, punctuation only). 退货地址 must appear as written (its bigrams as one phrase); a
 * lone Han character and the last Latin word are prefixes, as the person may still be typing.
 */
export function searchQuery(text: string): SearchPart[] | null {
  const runs = Array.from(normalise(text).matchAll(RUNS), ([run]) => run);
  let lastWord = -1;
  runs.forEach((run, i) => {
    if (!HAN_START.test(run)) lastWord = i;
  });
  const parts = new Map<string, SearchPart>();
  runs.forEach((run, i) => {
    const chars = Array.from(run);
    let part: SearchPart;
    if (!HAN_START.test(run)) part = { terms: [run], prefix: i === lastWord };
    else if (chars.length === 1) part = { terms: [run], prefix: true };
    else part = { terms: hanTerms(run).slice(0, -1), prefix: false };
    // The same word twice asks for nothing more.
    parts.set(`${part.prefix ? '*' : ''}${part.terms.join(' ')}`, part);
  });
  return parts.size > 0 ? [...parts.values()] : null;
}
