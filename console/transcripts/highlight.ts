/** A piece of text, marked when it is one of the searched words. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * What the search looks for, as the server splits it: runs of Chinese characters (found as
 * written) and runs of other letters and digits; punctuation and spaces only separate them.
 */
const TERMS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` around what the agent searched for, ignoring case. The result is rendered as
 * text nodes and <mark>, never as HTML, so a message cannot bring its own markup.
 */
export function highlight(text: string, query: string): Segment[] {
  const terms = query.normalize('NFKC').match(TERMS) ?? [];
  if (terms.length === 0) return [{ text, hit: false }];
  // Longest first, so a word wins over a shorter one inside it.
  const pattern = [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const segments: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(new RegExp(pattern, 'giu'))) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index), hit: false });
    segments.push({ text: match[0], hit: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false });
  return segments;
}
