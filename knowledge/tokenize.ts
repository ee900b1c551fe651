import { normalise } from './normalise.ts';
import { stem } from './stem.ts';
import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopwords.ts';
import { foldQuestionWords } from './synonyms.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** A run of Han characters, or a run of other letters/digits (Latin, digits, other scripts). */
const RUNS = /\p{Script=Han}+|[^\s\p{Script=Han}]+/gu;
const HAN_START = /^\p{Script=Han}/u;

/**
 * Question words are folded to one spelling first. Words and single characters skip the
 * fillers (请问, 吗 …); bigrams follow the text as written, so dropping a filler never glues
 * its neighbours into a bigram nobody wrote. A run of nothing but fillers gives no tokens.
 */
function hanTokens(written: string, out: Set<string>): void {
  const run = foldQuestionWords(written);
  const kept: string[] = [];
  for (const { segment } of segmenter.segment(run)) {
    if (!CHINESE_STOP_WORDS.has(segment)) kept.push(segment);
  }
  if (kept.length === 0) return;
  for (const word of kept) out.add(word);
  for (const char of kept.join('')) out.add(char);
  const chars = Array.from(run);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
}

function wordToken(word: string, out: Set<string>): void {
  if (!ENGLISH_STOP_WORDS.has(word)) out.add(stem(word));
}

/** Tokens of already normalised text, unique, in order of first appearance. */
export function tokenizeNormalised(text: string): string[] {
  const out = new Set<string>();
  for (const [run] of text.matchAll(RUNS)) {
    if (HAN_START.test(run)) hanTokens(run, out);
    else wordToken(run, out);
  }
  return [...out];
}

/**
 * Matching tokens of any text. Chinese (question words in one spelling, `synonyms.ts`):
 * Intl.Segmenter words, single characters (one-character typos such as 微粒袋/微粒贷 still
 * share most of them) and character bigrams (robust to segmentation errors); fillers such
 * as 请问/吗 are dropped as words. Other scripts: words, stop words dropped, English at its Porter stem; digits kept.
 */
export function tokenize(text: string): string[] {
  return tokenizeNormalised(normalise(text));
}
