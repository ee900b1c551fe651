/**
 * A light English stemmer (Porter step 1 plus a final-e fold), enough to meet
 * "charge / charges / charged / charging" at one form. Deliberately small: an FAQ
 * question is short, and over-stemming (e.g. "card" vs "cards" vs "careful")
 * hurts more than it helps there. Words of three letters or less stay as they are.
 */
const VOWEL = /[aeiouy]/;

function undouble(stem: string): string {
  const last = stem.at(-1);
  if (last && stem.length > 3 && last === stem.at(-2) && !'lsz'.includes(last)) {
    return stem.slice(0, -1);
  }
  return stem;
}

function stripSuffix(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function stripVerbEnding(word: string): string {
  for (const suffix of ['ing', 'ed']) {
    const stem = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && stem.length >= 3 && VOWEL.test(stem)) return undouble(stem);
  }
  return word;
}

export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let out = stripVerbEnding(stripSuffix(word));
  if (out.endsWith('y') && out.length > 3 && !VOWEL.test(out.at(-2) ?? 'a'))
    out = out.slice(0, -1) + 'i';
  if (out.endsWith('e') && out.length > 3) out = out.slice(0, -1);
  return out;
}
