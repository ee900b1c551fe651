import type { Language } from '../../protocol/language.ts';

/** The help chunk's own strings, in both languages: they load with it, not with the chat. */
export const HELP_TEXTS: Record<Language, { notices: string; more: string; dismiss: string }> = {
  'zh-CN': { notices: '公告', more: '查看详情', dismiss: '关闭公告' },
  en: { notices: 'Notices', more: 'Learn more', dismiss: 'Dismiss notice' },
};
