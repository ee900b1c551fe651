import type { Role } from '../protocol/agent.ts';
import { DEFAULT_LANGUAGE, pickLanguage, type Language } from '../protocol/language.ts';
import type { Problem } from './api.ts';
import { CHAT_TEXTS, type ChatTexts } from './i18n-chat.ts';

/** Every string the console shows, in both languages. */
const zh = {
  product: 'Kefu 客服工作台',
  loading: '正在加载…',
  signInTitle: '登录客服工作台',
  signInIntro: '请使用管理员为您开通的账号登录。',
  email: '邮箱',
  password: '密码',
  signIn: '登录',
  signingIn: '正在登录…',
  empty: '请填写邮箱和密码',
  account: '当前账号：',
  signOut: '退出登录',
  signOutEverywhere: '退出所有设备',
  signOutEverywhereHint: '在所有浏览器和设备上退出登录',
  signOutFailed: '退出登录失败，请重试。',
  lockedUntil: '登录失败次数过多，请在 {time} 之后再试。',
  queueTitle: '排队与会话',
  demoText: '也可以在演示商城里扮演访客，体验机器人与转人工。',
  demo: '打开演示商城',
  statusLabel: '接待状态',
  statusOnline: '在线',
  statusAway: '离开',
  reconnecting: '离线 — 正在重新连接…',
  statusFailed: '状态未能更改，请重试。',
  nav: '主导航',
  navChats: '会话',
  navLeftMessages: '留言',
  navTranscripts: '会话记录',
  navTickets: '工单',
  navQuickReplies: '快捷回复',
  navKnowledge: '知识库',
  navSettings: '设置',
  navAgents: '坐席',
  navDepartments: '部门',
  navWidget: '挂件',
  navReport: '月度分析',
  navSurveys: '问卷',
  navPageHelp: '页面帮助',
  pageLoadFailed: '页面未能加载，请检查网络后重试。',
  enableNotifications: '开启桌面通知',
} as const;

type ShellTexts = { readonly [K in keyof typeof zh]: string } & {
  readonly roles: Readonly<Record<Role, string>>;
  readonly problems: Readonly<Record<Problem, string>>;
};

export type Texts = ShellTexts & ChatTexts;

const zhShell: ShellTexts = {
  ...zh,
  roles: { agent: '客服', admin: '管理员' },
  problems: {
    unauthorized: '邮箱或密码错误',
    invalid: '邮箱地址格式不正确',
    forbidden: '请求被服务器拒绝，请刷新页面后重试。',
    busy: '尝试次数过多，请稍后再试。',
    server: '服务器出错，请稍后再试。',
    network: '无法连接服务器，请检查网络后重试。',
  },
};

const enShell: ShellTexts = {
  product: 'Kefu agent console',
  loading: 'Loading…',
  signInTitle: 'Sign in to the agent console',
  signInIntro: 'Use the account your admin set up for you.',
  email: 'E-mail',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  empty: 'Please enter your e-mail and password',
  account: 'Signed in as ',
  signOut: 'Sign out',
  signOutEverywhere: 'Sign out everywhere',
  signOutEverywhereHint: 'Sign out on every browser and device',
  signOutFailed: 'Could not sign out. Please try again.',
  lockedUntil: 'Too many failed sign-ins. Try again after {time}.',
  queueTitle: 'Queue and chats',
  demoText: 'You can also play a visitor in the demo shop: ask the bot, then ask for a person.',
  demo: 'Open the demo shop',
  statusLabel: 'Status',
  statusOnline: 'Online',
  statusAway: 'Away',
  reconnecting: 'Offline — reconnecting…',
  statusFailed: 'Could not change your status. Please try again.',
  nav: 'Main',
  navChats: 'Chats',
  navLeftMessages: 'Left messages',
  navTranscripts: 'Transcripts',
  navTickets: 'Tickets',
  navQuickReplies: 'Quick replies',
  navKnowledge: 'Knowledge base',
  navSettings: 'Settings',
  navAgents: 'Agents',
  navDepartments: 'Departments',
  navWidget: 'Widget',
  navReport: 'Monthly report',
  navSurveys: 'Surveys',
  navPageHelp: 'Page help',
  pageLoadFailed: 'The page could not be loaded. Check your connection and try again.',
  enableNotifications: 'Turn on notifications',
  roles: { agent: 'Agent', admin: 'Admin' },
  problems: {
    unauthorized: 'Wrong e-mail or password',
    invalid: 'That e-mail address does not look right',
    forbidden: 'The server refused the request. Please reload the page and try again.',
    busy: 'Too many attempts. Please wait a moment and try again.',
    server: 'Something went wrong on the server. Please try again later.',
    network: 'Cannot reach the server. Check your connection and try again.',
  },
};

export const TEXTS: Record<Language, Texts> = {
  'zh-CN': { ...zhShell, ...CHAT_TEXTS['zh-CN'] },
  en: { ...enShell, ...CHAT_TEXTS.en },
};

/** `?lang=` wins, then the browser's language. */
export function consoleLanguage(search: string, browserLang: string): Language {
  return (
    pickLanguage(new URLSearchParams(search).get('lang')) ??
    pickLanguage(browserLang) ??
    DEFAULT_LANGUAGE
  );
}
