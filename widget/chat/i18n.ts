import type { Language } from '../../protocol/language.ts';
import { MESSAGE_MAX_CHARS } from '../../protocol/limits.ts';

/**
 * Every string the chat app shows, in both languages; the lazily loaded forms keep theirs in
 * form-texts.ts.
 */
const zh = {
  title: '在线客服',
  online: '在线 · 通常立即回复',
  connecting: '正在连接…',
  offline: '连接已断开，正在重连…',
  handoff: '转人工',
  close: '关闭聊天',
  greeting: '您好！有什么可以帮您？',
  bot: '智能助手',
  agent: '人工客服',
  ticket: '工单回复',
  you: '我',
  more: '更多',
  log: '聊天记录',
  input: '输入消息',
  placeholder: '请输入您的问题…',
  send: '发送',
  attach: '添加附件',
  emoji: '表情',
  sending: '发送中…',
  failed: '发送失败',
  slow: '您发得有点快，稍后会自动发送',
  retry: '重试',
  helpful: '有帮助吗？',
  yes: '有帮助',
  no: '没帮助',
  thanks: '感谢您的反馈！',
  suggested: '您可能想问',
  invalid: `这条消息无法发送：最多 ${MESSAGE_MAX_CHARS} 字，且不能含有无效字符。请修改后再试。`,
  unavailable: '现在无法发送，请稍后再试。',
  tooFast: '您操作得有点快，请稍等片刻再试。',
  serving: (name: string) => `客服 ${name}`,
  queue: (position: number, minutes: number | null) =>
    (position === 1 ? '下一位就是您' : `您前面还有 ${position - 1} 位`) +
    (minutes === null ? '' : `，预计等待约 ${minutes} 分钟`),
  typing: '客服正在输入…',
  rateThanks: '感谢您的评价！',
  leave: '留言',
  leaveSent: '留言已收到，我们会尽快联系您。',
} as const;

/** Plain strings, and functions for the few texts with numbers or names in them. */
export type Texts = {
  readonly [K in keyof typeof zh]: (typeof zh)[K] extends string ? string : (typeof zh)[K];
};

const en: Texts = {
  title: 'Chat with us',
  online: 'Online now',
  connecting: 'Connecting…',
  offline: 'Offline — reconnecting…',
  handoff: 'Talk to a person',
  close: 'Close chat',
  greeting: 'Hi! How can we help you?',
  bot: 'Assistant',
  agent: 'Agent',
  ticket: 'Reply to your request',
  you: 'You',
  more: 'More',
  log: 'Conversation',
  input: 'Type a message',
  placeholder: 'Ask us anything…',
  send: 'Send',
  attach: 'Attach a file',
  emoji: 'Emoji',
  sending: 'Sending…',
  failed: 'Not sent',
  slow: "You're sending quickly. We'll send this in a moment.",
  retry: 'Retry',
  helpful: 'Was this helpful?',
  yes: 'Helpful',
  no: 'Not helpful',
  thanks: 'Thanks for your feedback!',
  suggested: 'You might be asking',
  invalid: `This message cannot be sent: it may be at most ${MESSAGE_MAX_CHARS} characters, without invalid characters. Please edit it and try again.`,
  unavailable: 'Cannot send right now, please try again later.',
  tooFast: "You're going a little fast. Please wait a moment and try again.",
  serving: (name) => `Chatting with ${name}`,
  queue: (position, minutes) =>
    (position === 1 ? 'You are next in line' : `You are number ${position} in line`) +
    (minutes === null ? '' : `, about ${minutes} min`),
  typing: 'The agent is typing…',
  rateThanks: 'Thank you for your rating!',
  leave: 'Leave a message',
  leaveSent: "Thanks, we've got your message and will get back to you soon.",
};

export const TEXTS: Record<Language, Texts> = { 'zh-CN': zh, en };
