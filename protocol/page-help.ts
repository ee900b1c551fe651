import type { Language } from './language.ts';
import { matchesPage } from './url-pattern.ts';

/** The admin's limits for in-context help and notices (公告). */
export const PAGE_HELP_LIMITS = {
  rules: 20,
  faqs: 3,
  notices: 20,
  /** The widget shows at most this many live notices, newest first. */
  shown: 3,
  greetingChars: 500,
  bubbleChars: 140,
  noticeChars: 300,
  bubbleSeconds: { min: 3, max: 300 },
} as const;

export type BilingualText = Record<Language, string>;

/**
 * In-context help for the pages a pattern picks (`protocol/url-pattern.ts`): the first rule that
 * matches the page wins.
 */
export interface HelpRule {
  id: string;
  pattern: string;
  /** The chat's first bubble on these pages; '' keeps the usual greeting. */
  greeting: BilingualText;
  /** 0–3 FAQ entries offered as chips under the greeting. */
  faqIds: string[];
  /** A small bubble by the launcher after the visitor has been on the page a while. */
  bubble: { text: BilingualText; afterSeconds: number } | null;
  /** Opens the chat by itself, once per browser session. */
  open: boolean;
}

/** 公告: shown at the top of the chat between `startsAt` and `endsAt` (either may be open). */
export interface Notice {
  id: string;
  text: BilingualText;
  /** https only. */
  link: string | null;
  startsAt: string | null;
  endsAt: string | null;
  createdAt: string;
}

/** An FAQ entry a rule suggests, as the knowledge base has it now. */
export interface SuggestedFaq {
  id: string;
  question: string;
  lang: Language | null;
}

/**
 * REST: GET /api/admin/page-help, and the answer to both saves. Each list is saved whole, naming
 * the version it edited, so a colleague's save in between is refused rather than overwritten.
 */
export interface PageHelpView {
  rules: HelpRule[];
  rulesVersion: number;
  notices: Notice[];
  noticesVersion: number;
  /** The rules' FAQ entries that still exist (an id missing here was deleted). */
  faqs: SuggestedFaq[];
}

/** In the public widget config: a rule with its FAQ entries resolved (deleted ones dropped). */
export interface HelpRuleConfig {
  pattern: string;
  greeting: BilingualText;
  faqs: SuggestedFaq[];
  /** Its text in both languages (one written shows in both). */
  bubble: HelpRule['bubble'];
  open: boolean;
}

/** In the public widget config: a notice live now (a text in one language shows in both). */
export interface NoticeConfig {
  id: string;
  text: BilingualText;
  link: string | null;
}

/** The rule for a page: the first in the admin's order whose pattern matches its address. */
export function helpRuleFor<R extends { pattern: string }>(rules: R[], url: string): R | undefined {
  return rules.find((rule) => matchesPage(rule.pattern, url));
}
