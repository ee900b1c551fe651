import type { Language } from '../../protocol/language.ts';
import type { PreChatBuiltIn } from '../../protocol/pre-chat.ts';

/** The 挂件 page's pre-chat form section, in both languages. */
export interface PreChatTexts {
  title: string;
  intro: string;
  enabled: string;
  fields: string;
  none: string;
  builtIn: Readonly<Record<PreChatBuiltIn, string>>;
  custom: string;
  labelIn: (language: string) => string;
  required: string;
  requiredOf: (field: string) => string;
  up: (field: string) => string;
  down: (field: string) => string;
  remove: (field: string) => string;
  add: (field: string) => string;
  addCustom: string;
  customLimit: string;
  invalid: string;
  languages: Readonly<Record<Language, string>>;
}

const zh: PreChatTexts = {
  title: '访客信息表',
  intro:
    '访客转人工前填写的信息，客服在访客信息里可以看到。默认关闭。已验证且资料齐全的客户不会被询问；每位访客只填一次。表单越短，访客越愿意填。',
  enabled: '转人工前请访客填写',
  fields: '表单内容（按顺序显示）',
  none: '还没有添加任何内容。',
  builtIn: { name: '姓名', phone: '手机号码', email: '电子邮箱', department: '咨询部门' },
  custom: '自定义问题',
  labelIn: (language) => `问题（${language}）`,
  required: '必填',
  requiredOf: (field) => `${field}必填`,
  up: (field) => `上移${field}`,
  down: (field) => `下移${field}`,
  remove: (field) => `删除${field}`,
  add: (field) => `添加${field}`,
  addCustom: '添加自定义问题',
  customLimit: '最多 5 个自定义问题。',
  invalid: '访客信息表有误：每个自定义问题都要填写中英文（最多 40 字）；开启时至少要有一项内容。',
  languages: { 'zh-CN': '中文', en: '英文' },
};

const en: PreChatTexts = {
  title: 'Pre-chat form',
  intro:
    'What visitors fill in before they reach a person; agents see it with the visitor’s details. Off by default. Verified customers whose record has these details are not asked, and nobody is asked twice. The shorter the form, the more visitors fill it in.',
  enabled: 'Ask visitors to fill it in before they reach a person',
  fields: 'Fields (shown in this order)',
  none: 'Nothing added yet.',
  builtIn: { name: 'Name', phone: 'Phone number', email: 'E-mail', department: 'Department' },
  custom: 'Custom question',
  labelIn: (language) => `Question (${language})`,
  required: 'Required',
  requiredOf: (field) => `${field} required`,
  up: (field) => `Move ${field} up`,
  down: (field) => `Move ${field} down`,
  remove: (field) => `Remove ${field}`,
  add: (field) => `Add ${field}`,
  addCustom: 'Add a custom question',
  customLimit: 'At most 5 custom questions.',
  invalid:
    'Check the pre-chat form: word every custom question in both languages (at most 40 characters); a form that is on needs at least one field.',
  languages: { 'zh-CN': 'Chinese', en: 'English' },
};

export const PRE_CHAT_TEXTS: Record<Language, PreChatTexts> = { 'zh-CN': zh, en };
