import type { Language } from '../../protocol/language.ts';

/** The loader's few strings; the chat app has its own table. */
export const TEXTS: Record<
  Language,
  { launcher: string; frame: string; unread: (n: number) => string }
> = {
  'zh-CN': { launcher: '在线客服', frame: '在线客服', unread: (n) => `${n} 条未读消息` },
  en: {
    launcher: 'Chat with us',
    frame: 'Chat',
    unread: (n) => `${n} unread message${n === 1 ? '' : 's'}`,
  },
};
