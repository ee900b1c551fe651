import type { Language } from '../../protocol/language.ts';

/** The menu's and 已读's strings: they load with them, not with the chat. */
export const COMFORT_TEXTS: Record<
  Language,
  {
    read: string;
    sound: string;
    on: string;
    off: string;
    download: string;
    failed: string;
  }
> = {
  'zh-CN': {
    read: '已读',
    sound: '声音',
    on: '开',
    off: '关',
    download: '下载聊天记录',
    failed: '下载失败，请稍后再试。',
  },
  en: {
    read: 'Read',
    sound: 'Sound',
    on: 'on',
    off: 'off',
    download: 'Download transcript',
    failed: 'The download failed. Please try again later.',
  },
};
