import type { Language } from '../../protocol/language.ts';
import { MESSAGE_MAX_CHARS } from '../../protocol/limits.ts';

/** The forms' own strings, in both languages: they load with the forms, not with the chat. */
const zh = {
  rate: '请评价本次服务',
  rate5: '非常满意',
  rate4: '满意',
  rate3: '一般',
  rate2: '不满意',
  rate1: '非常不满意',
  rateComment: '评价说明（选填）',
  rateSend: '提交评价',
  leaveClosed: '现在是非工作时间，人工客服暂时无法接待。请留言，我们上班后会尽快联系您。',
  leaveNoAgents: '现在没有人工客服在线。请留言，我们会尽快联系您。',
  leaveName: '姓名',
  leaveContact: '手机或邮箱',
  leaveBody: '留言内容',
  leaveSend: '提交留言',
  badName: '请填写您的姓名（最多 60 字）。',
  badContact: '请填写有效的手机号或邮箱地址。',
  badBody: `请填写留言内容（最多 ${MESSAGE_MAX_CHARS} 字）。`,
  department: '请选择咨询部门',
  cancel: '取消',
  preTitle: '请留下您的信息',
  preWhy: '方便人工客服更快为您服务。',
  prePhone: '手机号码',
  preEmail: '电子邮箱',
  optional: '（选填）',
  preRequired: '请填写这一项。',
  badPhone: '请填写有效的手机号码。',
  badEmail: '请填写有效的邮箱地址。',
  preRefused: '这一项填写有误，请检查后重新提交。',
  preSend: '提交',
  preThanks: '已收到您的信息，客服接入后即可看到。',
} as const;

export type FormTexts = { readonly [K in keyof typeof zh]: string };

const en: FormTexts = {
  rate: 'How was our service?',
  rate5: 'Very satisfied',
  rate4: 'Satisfied',
  rate3: 'Neutral',
  rate2: 'Dissatisfied',
  rate1: 'Very dissatisfied',
  rateComment: 'Comment (optional)',
  rateSend: 'Submit rating',
  leaveClosed:
    "We're outside our opening hours, so nobody can chat right now. Leave us a message and we'll get back to you.",
  leaveNoAgents: "Nobody is online right now. Leave us a message and we'll get back to you.",
  leaveName: 'Name',
  leaveContact: 'Phone or e-mail',
  leaveBody: 'Message',
  leaveSend: 'Send message',
  badName: 'Please enter your name (at most 60 characters).',
  badContact: 'Please enter a valid phone number or e-mail address.',
  badBody: `Please enter your message (at most ${MESSAGE_MAX_CHARS} characters).`,
  department: 'Choose a department',
  cancel: 'Cancel',
  preTitle: 'A few details first',
  preWhy: 'They help our team serve you faster.',
  prePhone: 'Phone number',
  preEmail: 'E-mail',
  optional: ' (optional)',
  preRequired: 'Please fill this in.',
  badPhone: 'Please enter a valid phone number.',
  badEmail: 'Please enter a valid e-mail address.',
  preRefused: 'Something in this field is not right. Please check it and send again.',
  preSend: 'Send',
  preThanks: 'Thanks, the agent will see your details when they join.',
};

export const FORM_TEXTS: Record<Language, FormTexts> = { 'zh-CN': zh, en };
