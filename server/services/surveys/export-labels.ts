import type { Language, SurveyChannel } from '../../../protocol/index.ts';

/** The export's own columns and words, in the admin's language. */
export const SURVEY_EXPORT_LABELS: Record<
  Language,
  {
    sheet: string;
    time: string;
    channel: string;
    page: string;
    language: string;
    channels: Record<SurveyChannel, string>;
    languages: Record<Language, string>;
  }
> = {
  'zh-CN': {
    sheet: '答卷',
    time: '提交时间',
    channel: '渠道',
    page: '页面',
    language: '语言',
    channels: { after_chat: '会话结束后', page: '页面', link: '链接' },
    languages: { 'zh-CN': '中文', en: '英文' },
  },
  en: {
    sheet: 'Responses',
    time: 'Time',
    channel: 'Channel',
    page: 'Page',
    language: 'Language',
    channels: { after_chat: 'After a chat', page: 'Page', link: 'Link' },
    languages: { 'zh-CN': 'Chinese', en: 'English' },
  },
};
