import type { HelpRule, Notice, PageHelpView } from '../../protocol/page-help.ts';
import type { HelpRulesSaveInput, NoticesSaveInput } from '../../protocol/schemas/page-help.ts';

type NoticeInput = NoticesSaveInput['notices'][number];
type RuleInput = HelpRulesSaveInput['rules'][number];

/** A notice as its form holds it: times as the browser's `datetime-local` text, in local time. */
export interface NoticeDraft {
  /** Absent for a notice not saved yet. */
  id?: string;
  zh: string;
  en: string;
  link: string;
  startsAt: string;
  endsAt: string;
}

/** `2025-03-01T08:00:00.000Z` → `2025-03-01T16:00` in the browser's time zone. */
export function localTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The form's local time as an instant; empty stays open-ended. */
export function isoTime(local: string): string | null {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

export function noticeDraft(n: Notice): NoticeDraft {
  return {
    id: n.id,
    zh: n.text['zh-CN'],
    en: n.text.en,
    link: n.link ?? '',
    startsAt: localTime(n.startsAt),
    endsAt: localTime(n.endsAt),
  };
}

export const EMPTY_NOTICE: NoticeDraft = { zh: '', en: '', link: '', startsAt: '', endsAt: '' };

export function noticeInput(d: NoticeDraft): NoticeInput {
  return {
    ...(d.id && { id: d.id }),
    text: { 'zh-CN': d.zh, en: d.en },
    link: d.link.trim() || null,
    startsAt: isoTime(d.startsAt),
    endsAt: isoTime(d.endsAt),
  };
}

/** Where a notice stands at `now`, for the list: live, scheduled or ended. */
export function noticeState(d: NoticeDraft, now: Date): 'live' | 'scheduled' | 'ended' {
  const start = isoTime(d.startsAt);
  const end = isoTime(d.endsAt);
  if (start && Date.parse(start) > now.getTime()) return 'scheduled';
  if (end && Date.parse(end) <= now.getTime()) return 'ended';
  return 'live';
}

/** A rule as its form holds it: the bubble's fields stay while it is switched off. */
export interface RuleDraft {
  id?: string;
  pattern: string;
  greetingZh: string;
  greetingEn: string;
  faqIds: string[];
  bubble: boolean;
  bubbleZh: string;
  bubbleEn: string;
  afterSeconds: string;
  open: boolean;
}

export const EMPTY_RULE: RuleDraft = {
  pattern: '',
  greetingZh: '',
  greetingEn: '',
  faqIds: [],
  bubble: false,
  bubbleZh: '',
  bubbleEn: '',
  afterSeconds: '10',
  open: false,
};

export function ruleDraft(r: HelpRule): RuleDraft {
  return {
    id: r.id,
    pattern: r.pattern,
    greetingZh: r.greeting['zh-CN'],
    greetingEn: r.greeting.en,
    faqIds: r.faqIds,
    bubble: r.bubble !== null,
    bubbleZh: r.bubble?.text['zh-CN'] ?? '',
    bubbleEn: r.bubble?.text.en ?? '',
    afterSeconds: String(r.bubble?.afterSeconds ?? 10),
    open: r.open,
  };
}

export function ruleInput(d: RuleDraft): RuleInput {
  return {
    ...(d.id && { id: d.id }),
    pattern: d.pattern,
    greeting: { 'zh-CN': d.greetingZh, en: d.greetingEn },
    faqIds: d.faqIds,
    bubble: d.bubble
      ? { text: { 'zh-CN': d.bubbleZh, en: d.bubbleEn }, afterSeconds: Number(d.afterSeconds) }
      : null,
    open: d.open,
  };
}

/** The question of each FAQ entry the rules name, as the server resolved them. */
export function questionsOf(view: PageHelpView): Map<string, string> {
  return new Map(view.faqs.map((f) => [f.id, f.question]));
}
