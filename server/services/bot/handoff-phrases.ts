import { normalise } from '../../../knowledge/index.ts';

/**
 * Messages that are, on their own, a request for a person. Replaced as a whole by
 * `KEFU_HANDOFF_PHRASES`, and that in turn by the list an admin saves in the console. Compared after `normalise`, so case, punctuation, full-width
 * forms and traditional characters do not matter.
 */
export const DEFAULT_HANDOFF_PHRASES: readonly string[] = [
  '人工',
  '转人工',
  '人工客服',
  '人工服务',
  '找客服',
  '客服',
  '在线客服',
  '真人',
  '找真人',
  '转接人工',
  'human',
  'agent',
  'live agent',
  'real person',
  'a person',
  'customer service',
  'talk to a person',
  'talk to a human',
  'talk to someone',
  'speak to a person',
  'speak to a human',
  'speak to someone',
];

/**
 * Politeness and wanting around a phrase ("我要人工", "please, an agent", "人工吧"). They are
 * only peeled off the ends, so "how do I become a sales agent?" never shrinks to a phrase.
 */
const LEADING_FILLERS = [
  '你好',
  '您好',
  '请',
  '麻烦',
  '帮我',
  '给我',
  '我要',
  '我想',
  '我需要',
  '需要',
  '要',
  '转',
  '找',
  '联系',
  'hi',
  'hello',
  'please',
  'can i',
  'could i',
  'may i',
  'i want to',
  "i'd like to",
  'i would like to',
  'i need to',
  'i want',
  'i need',
  'let me',
  'get me',
  'connect me to',
  'transfer me to',
  'a',
  'an',
].map(normalise);

const TRAILING_FILLERS = [
  '吧',
  '啊',
  '呀',
  '在吗',
  '谢谢',
  'please',
  'thanks',
  'thank you',
  'now',
].map(normalise);

/** Chinese is written without spaces; a Latin filler must end at a word boundary. */
const LATIN = /[a-z0-9]/;

function peelLeading(text: string): string | null {
  for (const filler of LEADING_FILLERS) {
    const bounded = LATIN.test(filler.at(-1) ?? '') ? `${filler} ` : filler;
    if (text.startsWith(bounded) && text.length > bounded.length) {
      return text.slice(bounded.length).trim();
    }
  }
  return null;
}

function peelTrailing(text: string): string | null {
  for (const filler of TRAILING_FILLERS) {
    const bounded = LATIN.test(filler[0] ?? '') ? ` ${filler}` : filler;
    if (text.endsWith(bounded) && text.length > bounded.length) {
      return text.slice(0, -bounded.length).trim();
    }
  }
  return null;
}

/** Decides whether a visitor's whole message asks for a person. */
export class HandoffPhrases {
  private phrases: Set<string>;

  constructor(phrases: readonly string[] = DEFAULT_HANDOFF_PHRASES) {
    this.phrases = HandoffPhrases.normalised(phrases);
  }

  /** The admin saved a new list: the next visitor message is checked against it. */
  replace(phrases: readonly string[]): void {
    this.phrases = HandoffPhrases.normalised(phrases);
  }

  private static normalised(phrases: readonly string[]): Set<string> {
    return new Set(phrases.map(normalise).filter((p) => p !== ''));
  }

  matches(message: string): boolean {
    let text = normalise(message);
    // Each round peels one filler; real requests need a few, a 2000-character run of fillers stops early.
    for (let round = 0; round < 8; round++) {
      if (this.phrases.has(text)) return true;
      const shorter = peelTrailing(text) ?? peelLeading(text);
      if (shorter === null) return false;
      text = shorter;
    }
    return false;
  }
}
