import type { FaqIndex } from '../../../knowledge/index.ts';
import {
  PAGE_HELP_LIMITS,
  pickLanguage,
  type HelpRule,
  type HelpRuleConfig,
  type Notice,
  type NoticeConfig,
  type SuggestedFaq,
  type BilingualText,
} from '../../../protocol/index.ts';

/** The FAQ entries behind these ids as the index has them now; deleted ones are left out. */
export function suggestedFaqs(faq: FaqIndex, ids: readonly string[]): SuggestedFaq[] {
  return ids.flatMap((id) => {
    const entry = faq.get(id);
    return entry ? [{ id, question: entry.question, lang: pickLanguage(entry.lang) }] : [];
  });
}

/** A text written in one language only shows in both: the loader stays free of fallbacks. */
function inBoth(t: BilingualText): BilingualText {
  return { 'zh-CN': t['zh-CN'] || t.en, en: t.en || t['zh-CN'] };
}

/** The rules as the widget needs them: ids dropped, FAQ entries resolved. */
export function helpConfig(rules: readonly HelpRule[], faq: FaqIndex): HelpRuleConfig[] {
  return rules.map(({ pattern, greeting, faqIds, bubble, open }) => ({
    pattern,
    greeting,
    faqs: suggestedFaqs(faq, faqIds),
    bubble: bubble && { ...bubble, text: inBoth(bubble.text) },
    open,
  }));
}

/** Whether a notice shows at `now`: from its start (if any) until before its end (if any). */
export function isLive(notice: Notice, now: Date): boolean {
  const t = now.getTime();
  const started = !notice.startsAt || Date.parse(notice.startsAt) <= t;
  return started && (!notice.endsAt || t < Date.parse(notice.endsAt));
}

/** The notices live at `now`, newest first, as many as the widget shows. */
export function liveNotices(notices: readonly Notice[], now: Date): NoticeConfig[] {
  return notices
    .filter((n) => isLive(n, now))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, PAGE_HELP_LIMITS.shown)
    .map(({ id, text, link }) => ({ id, text: inBoth(text), link }));
}
