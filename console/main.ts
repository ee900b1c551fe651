import { pickLanguage } from '../protocol/language.ts';

/** The console's texts; the agent console proper arrives with the handoff issue. */
const TEXTS = {
  'zh-CN': {
    title: 'Kefu 客服工作台',
    intro:
      '客服登录、排队、接待与转接随“转人工”功能一同上线。现在可以先在演示商城里体验机器人客服。',
    demo: '打开演示商城',
  },
  en: {
    title: 'Kefu agent console',
    intro:
      'Agent login, the queue, chats and transfers arrive with human handoff. Meanwhile, try the FAQ bot in the demo shop.',
    demo: 'Open the demo shop',
  },
} as const;

const lang =
  pickLanguage(new URLSearchParams(location.search).get('lang')) ??
  pickLanguage(navigator.language) ??
  'zh-CN';
const texts = TEXTS[lang];
document.documentElement.lang = lang;
document.title = texts.title;
for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  const key = el.dataset.i18n as keyof typeof texts;
  el.textContent = texts[key];
}
