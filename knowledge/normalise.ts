import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

/** Built on first use: building the traditional→simplified tries costs ~40 ms, so idle imports stay cheap. */
let toSimplified: Convert | undefined;

/**
 * To a fixed point: a few characters convert in steps (薴 → 苧 → 苎), and text normalised once
 * must not change when normalised again, or an entry stored as 苧 would miss a query for 苎.
 * Simplified text (most of it) converts to itself at once, costing no second pass.
 */
function simplify(text: string): string {
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  let out = text;
  for (let pass = 0; pass < 4; pass++) {
    const next = toSimplified(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Anything that is neither a letter, a mark nor a digit separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Canonical form used on both sides of matching: NFKC (full-width → half-width and
 * compatibility forms), lower case, traditional → simplified Chinese, punctuation,
 * symbols and whitespace folded to single spaces. Lone surrogates become spaces.
 */
export function normalise(text: string): string {
  // Separators go before simplifying: OpenCC leaves a character description sequence
  // (⿰還一) as it is, and the same characters without the ⿰ would convert on the next pass.
  let out = text.toWellFormed().normalize('NFKC').toLowerCase().replace(SEPARATORS, ' ');
  if (HAN.test(out)) out = simplify(out).normalize('NFKC').replace(SEPARATORS, ' ');
  return out.trim();
}
