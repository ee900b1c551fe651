import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

/** Built on first use: building the traditional→simplified tries costs ~40 ms, so idle imports stay cheap. */
let toSimplified: Convert | undefined;

function simplify(text: string): string {
  toSimplified ??= Converter({ from: 't', to: 'cn' });
  return toSimplified(text);
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
  let out = text.toWellFormed().normalize('NFKC').toLowerCase();
  if (HAN.test(out)) out = simplify(out).normalize('NFKC');
  return out.replace(SEPARATORS, ' ').trim();
}
