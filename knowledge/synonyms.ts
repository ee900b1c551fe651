/**
 * Question words that Chinese writes in several ways, each folded to one spelling before
 * tokenizing, on both sides of matching: 如何/怎样/咋 ask the same as 怎么, 能否/可不可以 the
 * same as 可以. Without this, "如何提前还款" shares with "怎么提前还款" only the words after
 * the question word. General Mandarin only, never a domain's vocabulary: a desk's own synonyms
 * belong in its entries' similar questions. Longer spellings come first in each pattern.
 */
const QUESTION_WORDS: readonly [RegExp, string][] = [
  [/如何|怎么样|怎样|咋样|咋/g, '怎么'],
  [/为何|为啥/g, '为什么'],
  [/哪儿|何处|什么地方/g, '哪里'],
  [/何时|啥时候/g, '什么时候'],
  [/能否|能不能|可不可以|可否/g, '可以'],
  [/多长时间/g, '多久'],
  [/啥/g, '什么'],
];

/** A run of Han characters with its question words in their one spelling. */
export function foldQuestionWords(run: string): string {
  let out = run;
  for (const [spellings, canonical] of QUESTION_WORDS) out = out.replace(spellings, canonical);
  return out;
}
