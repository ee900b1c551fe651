import type { DepartmentAdmin } from '../../protocol/admin.ts';
import type { AgentStatus, Role } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import type { RestProblem } from '../rest.ts';
import { enTexts } from './i18n-en.ts';
import { PRE_CHAT_TEXTS, type PreChatTexts } from './pre-chat-texts.ts';

type Blocker = NonNullable<DepartmentAdmin['blockedBy']>;

/** Every string of the 坐席, 部门 and 挂件 pages; the English table is in i18n-en.ts. */
const zh = {
  loading: '正在加载…',
  cancel: '取消',
  save: '保存',
  saving: '正在保存…',
  actions: '操作',
  listSeparator: '、',
  agentsTitle: '坐席',
  agentsIntro:
    '为客服和管理员开通账号，设置所属部门和同时接待上限。停用的账号无法登录，正在接待的会话会回到排队。',
  addAgent: '新增坐席',
  email: '邮箱',
  name: '姓名',
  role: '角色',
  departments: '部门',
  departmentsHint: '至少选择一个部门',
  maxChats: '同时接待上限',
  lang: '工作台语言',
  password: '初始密码',
  passwordHint: '至少 8 个字符；留空则自动生成一个',
  add: '添加',
  colChats: '接待中',
  colStatus: '状态',
  deactivated: '已停用',
  you: '（你）',
  edit: '编辑',
  resetPassword: '重置密码',
  deactivate: '停用',
  reactivate: '启用',
  confirmDeactivate: '确认停用',
  newPassword: '新密码',
  newPasswordHint: '至少 8 个字符；留空则自动生成一个。该坐席的所有登录都会被退出。',
  setPassword: '设置新密码',
  shownOnce: '只显示这一次，请记下并告诉对方。',
  emailInvalid: '请填写有效的邮箱地址。',
  emailTaken: '这个邮箱已经有账号了。',
  nameEmpty: '请填写姓名（最多 60 字）。',
  departmentsEmpty: '请至少选择一个部门。',
  maxChatsInvalid: '请填写 1 到 50 之间的整数。',
  passwordShort: '密码至少 8 个字符。',
  lastAdmin: '这是唯一在用的管理员账号：请先把另一个账号设为管理员。',
  deptTitle: '部门',
  deptIntro:
    '访客转人工后在部门的队列里等待，由该部门的坐席接待。知识库条目可以指定部门；其余会话进入默认部门。',
  addDepartment: '新增部门',
  deptId: 'ID',
  deptIdHint: '小写字母、数字或 -，例如 after-sales；创建后不能修改，知识库用它指定部门',
  nameZh: '中文名',
  nameEn: '英文名',
  colAgents: '坐席数',
  colOpen: '排队及接待中',
  isDefault: '默认',
  makeDefault: '设为默认',
  rename: '重命名',
  remove: '删除',
  confirmRemove: '确认删除',
  idInvalid: 'ID 只能是 1–32 个小写字母、数字或 -，首尾不能是 -。',
  idTaken: '已经有这个 ID 的部门了。',
  nameZhEmpty: '请填写中文名（最多 40 字）。',
  nameEnEmpty: '请填写英文名（最多 60 字）。',
  widgetTitle: '挂件',
  widgetIntro: '访客在网站上看到的聊天挂件。保存后，访客最迟一分钟后看到新的外观。',
  related: '相关设置：',
  relatedReplies: '快捷回复',
  relatedHours: '营业时间和部门选择',
  lookTitle: '外观',
  color: '主题色',
  colorHint: '启动按钮和聊天窗口标题栏的颜色',
  greetingHint: '聊天窗口的第一条消息；留空则使用默认问候语。',
  preview: '预览',
  phrasesTitle: '转人工关键词',
  phrasesIntro:
    '访客只发这些话时，直接转人工而不由机器人回答。大小写、标点和“请”“我要”等客套话不影响匹配。',
  phrases: '关键词（每行一个）',
  sitesTitle: '允许嵌入的网站',
  sitesIntro: '只有这些网站能显示聊天挂件；Kefu 自己的页面（如演示商城）始终可以。保存后立即生效。',
  sitesChoice: '哪些网站可以嵌入',
  anySite: '任何网站',
  listedSites: '只允许下列网站',
  origins: '网站地址（每行一个，例如 https://shop.example.com）',
  saveWidget: '保存挂件设置',
  restoreDefaults: '填入默认值',
  defaultsFilled: '已填入默认值，保存后生效。',
  saved: '已保存。',
  colorInvalid: '请选择颜色（#rrggbb）。',
  greetingInvalid: '问候语最多 500 字。',
  phrasesEmpty: '请至少填写一个关键词（每个最多 50 字）。',
  originsEmpty: '请至少填写一个网站，或选择“任何网站”。',
  filesTitle: '附件',
  filesIntro: '访客和客服在聊天中可以互发的文件。文件类型按文件内容检查，而不是文件名。',
  maxMb: '单个文件最大（MB，1–50）',
  maxMbInvalid: '文件大小上限请填 1 到 50 之间的整数。',
  kinds: '允许的文件类型（都不选则关闭附件）',
  kindImage: '图片（PNG、JPEG、GIF、WebP）',
  kindPdf: 'PDF',
  kindOffice: 'Office 文档（Word、Excel、PowerPoint、OpenDocument）',
  kindText: '文本（TXT、CSV）',
} as const;

export type AdminTexts = { readonly [K in keyof typeof zh]: string } & {
  readonly problems: Readonly<Record<RestProblem, string>>;
  readonly roles: Readonly<Record<Role, string>>;
  readonly statuses: Readonly<Record<AgentStatus, string>>;
  readonly languages: Readonly<Record<Language, string>>;
  readonly blockers: Readonly<Record<Blocker, string>>;
  readonly chats: (active: number, max: number) => string;
  readonly editLabel: (name: string) => string;
  readonly passwordLabel: (name: string) => string;
  readonly deactivateQuestion: (name: string) => string;
  readonly agentAdded: (name: string) => string;
  readonly agentSaved: (name: string) => string;
  readonly passwordSet: (name: string) => string;
  readonly agentDeactivated: (name: string) => string;
  readonly agentReactivated: (name: string) => string;
  readonly generatedFor: (name: string) => string;
  readonly renameLabel: (id: string) => string;
  readonly removeQuestion: (name: string) => string;
  readonly deptAdded: (name: string) => string;
  readonly deptRenamed: (name: string) => string;
  readonly deptDefault: (name: string) => string;
  readonly deptRemoved: (name: string) => string;
  readonly greetingIn: (language: string) => string;
  readonly phraseInvalid: (phrase: string) => string;
  readonly originInvalid: (origin: string) => string;
  readonly preChat: PreChatTexts;
};

/** The names of the plain strings, for tables that pick a message by field. */
export type AdminTextKey = keyof typeof zh;

const zhTexts: AdminTexts = {
  ...zh,
  problems: DESK_TEXTS['zh-CN'].problems,
  roles: { agent: '客服', admin: '管理员' },
  statuses: { online: '在线', away: '离开', offline: '离线' },
  languages: DESK_TEXTS['zh-CN'].languages,
  blockers: {
    default: '默认部门不能删除',
    agents: '有坐席属于这个部门',
    open_chats: '有排队或接待中的会话',
    records: '有历史会话或留言，只能重命名',
  },
  chats: (active, max) => `${active} / ${max}`,
  editLabel: (name) => `编辑 ${name}`,
  passwordLabel: (name) => `重置 ${name} 的密码`,
  deactivateQuestion: (name) => `确定停用 ${name} 吗？TA 会被退出登录，正在接待的会话回到排队。`,
  agentAdded: (name) => `已添加 ${name}。`,
  agentSaved: (name) => `已保存 ${name}。`,
  passwordSet: (name) => `已为 ${name} 设置新密码，TA 需要重新登录。`,
  agentDeactivated: (name) => `已停用 ${name}。`,
  agentReactivated: (name) => `已启用 ${name}，TA 可以重新登录。`,
  generatedFor: (name) => `${name} 的密码：`,
  renameLabel: (id) => `重命名部门 ${id}`,
  removeQuestion: (name) => `确定删除部门“${name}”吗？`,
  deptAdded: (name) => `已添加部门“${name}”。`,
  deptRenamed: (name) => `已重命名为“${name}”。`,
  deptDefault: (name) => `“${name}”现在是默认部门。`,
  deptRemoved: (name) => `已删除部门“${name}”。`,
  greetingIn: (language) => `${language}问候语`,
  phraseInvalid: (phrase) => `“${phrase}”需要包含文字或数字，最多 50 字。`,
  originInvalid: (origin) =>
    `“${origin}”不是网站地址，请写成 https://shop.example.com 的形式（不带路径）。`,
  preChat: PRE_CHAT_TEXTS['zh-CN'],
};

export const ADMIN_TEXTS: Record<Language, AdminTexts> = { 'zh-CN': zhTexts, en: enTexts };
