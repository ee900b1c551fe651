import type { Language } from '../../protocol/language.ts';
import type { TicketSource } from '../../protocol/tickets.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import type { RestProblem } from '../rest.ts';
import { TICKET_WORDS, type TicketWords } from './i18n-shared.ts';
import { EN_TEXTS } from './i18n-en.ts';
import type { Step } from './steps.ts';

/** Every string of the tickets page (工单), in both languages; English in i18n-en.ts. */
const zh = {
  title: '工单',
  intro: '需要跟进的投诉、诉求和回访：按状态、类型、部门、负责人和到期情况查找，打开后处理。',
  newTicket: '新建工单',
  filters: '筛选工单',
  status: '状态',
  anyStatus: '全部状态',
  openStatuses: '未结（新建、处理中、等待部门、已退回）',
  type: '类型',
  anyType: '全部类型',
  department: '部门',
  anyDepartment: '全部部门',
  owner: '负责人',
  ownerAll: '我能看到的全部',
  ownerMine: '我负责的',
  ownerNone: '无人负责',
  due: '到期情况',
  dueAny: '不限',
  dueOverdue: '已超时',
  dueSoon: '即将到期',
  submit: '筛选',
  clear: '清除条件',
  results: '工单列表',
  searching: '正在查找…',
  noResults: '没有符合条件的工单。',
  noTickets: '还没有工单。',
  firstPage: '这一页没有工单，回到第一页',
  tableScroll: '工单表格（可左右滚动）',
  pager: '分页',
  prevPage: '上一页',
  nextPage: '下一页',
  colRef: '编号',
  colType: '类型',
  colPriority: '优先级',
  colTitle: '标题 / 摘要',
  colDepartment: '部门',
  colOwner: '负责人',
  colStatus: '状态',
  colDue: '截止时间',
  badgeOverdue: '已超时',
  badgeSoon: '即将到期',
  nobody: '无人负责',
  none: '—',
  backToList: '返回工单列表',
  opening: '正在打开工单…',
  reload: '重新加载',
  facts: '工单信息',
  createdAt: '创建时间',
  createdBy: '创建人',
  source: '来源',
  dueAt: '截止时间',
  customerName: '客户姓名',
  customerContact: '联系方式',
  description: '问题描述',
  resolution: '解决方案',
  resolvedAt: '解决时间',
  followUp: '回访',
  closedAt: '关闭时间',
  linkedChat: '查看会话记录',
  fromLeftMessage: '来自访客留言，留言内容即问题描述。',
  actions: '处理',
  noSteps: '您对这个工单没有可进行的操作，可以添加备注。',
  followUpFirst: '此类工单须先记录回访才能关闭。',
  saving: '正在提交…',
  cancel: '取消',
  reasonReturn: '退回原因',
  reasonReopen: '重新打开的原因',
  escalateTo: '转交给部门',
  method: '回访方式',
  result: '回访结果',
  satisfaction: '客户满意度',
  assignOwner: '负责人',
  ownerNobody: '无人（由部门认领）',
  assignNote: '转派说明（可选）',
  needText: '请填写这一项。',
  needSatisfaction: '请选择客户满意度。',
  needDue: '请选择有效的截止时间。',
  nothingChanged: '负责人和部门都没有变化。',
  comments: '备注与回复',
  commentKind: '类型',
  kindNote: '内部备注',
  kindPrivate: '内部回复（仅同事可见）',
  kindPublic: '给客户的回复',
  publicHint:
    '给客户的回复记录在工单中；若已配置邮件服务且客户留的联系方式是邮箱，还会发邮件给客户，处理记录会显示是否送达。',
  commentBody: '内容',
  send: '提交',
  noteAdded: '已添加备注',
  replyAdded: '已记录回复',
  timeline: '处理记录',
  kefu: '系统',
  newTitle: '新建工单',
  ticketTitle: '标题',
  ownerMe: '我',
  create: '创建工单',
  removedAgent: '（已删除的账号）',
} as const;

export type TicketsTexts = { readonly [K in keyof typeof zh]: string } & {
  readonly words: TicketWords;
  readonly problems: Readonly<Record<RestProblem, string>>;
  readonly sources: Readonly<Record<TicketSource, string>>;
  /** The button of each step, and what the page says once it is done. */
  readonly steps: Readonly<Record<Step, string>>;
  readonly done: Readonly<Record<Step, string>>;
  readonly total: (n: number) => string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly serverSaid: (detail: string) => string;
  readonly stepForm: (step: string, ref: string) => string;
  readonly satisfactionOf: (score: number, label: string) => string;
  readonly followUpLine: (method: string, satisfaction: string) => string;
  readonly ev: EventTexts;
};

/** The timeline's sentences; names and times come formatted. */
export interface EventTexts {
  created: (source: string) => string;
  createdLine: (type: string, priority: string, department: string, owner: string) => string;
  dueLine: (due: string) => string;
  moved: (from: string, to: string) => string;
  start: string;
  escalate: (from: string, to: string) => string;
  return: string;
  resolve: string;
  close: string;
  reopen: string;
  reason: (text: string) => string;
  resolution: (text: string) => string;
  assigned: string;
  ownerChange: (from: string, to: string) => string;
  departmentChange: (from: string, to: string) => string;
  updated: string;
  priorityChange: (from: string, to: string) => string;
  dueChange: (from: string, to: string) => string;
  note: string;
  replyPublic: string;
  replyPrivate: string;
  followUp: string;
  dueSoon: (due: string) => string;
  overdue: (due: string) => string;
  /** A public reply e-mailed to the customer (`to` masked), or not. */
  mailed: (to: string) => string;
  mailFailed: (to: string) => string;
  mailOf: (replyAt: string) => string;
  mailAttempts: (n: number) => string;
}

const words = TICKET_WORDS['zh-CN'];

const zhTexts: TicketsTexts = {
  ...zh,
  words,
  problems: {
    ...DESK_TEXTS['zh-CN'].problems,
    forbidden: '您不能进行这一步。',
    not_found: '找不到这个工单，或您已无权查看它。',
    conflict: '工单已有变化，或它现在的状态不允许这一步。请重新加载后再试。',
  },
  sources: { manual: '手工创建', left_message: '访客留言', conversation: '会话' },
  steps: {
    take: '认领',
    start: '开始处理',
    escalate: '转交部门',
    return: '退回',
    resolve: '解决',
    follow_up: '记录回访',
    close: '关闭工单',
    reopen: '重新打开',
    assign: '转派',
    edit: '修改优先级 / 截止时间',
    reply: '回复',
  },
  done: {
    take: '已认领这个工单',
    start: '已开始处理',
    escalate: '已转交部门',
    return: '已退回',
    resolve: '已解决',
    follow_up: '已记录回访',
    close: '工单已关闭',
    reopen: '工单已重新打开',
    assign: '已转派',
    edit: '已修改',
    reply: '已记录回复',
  },
  total: (n) => `共 ${n} 个工单`,
  pageOf: (page, pages) => `第 ${page} / ${pages} 页`,
  serverSaid: (detail) => `服务器说明：${detail}`,
  stepForm: (step, ref) => `${step}：${ref}`,
  satisfactionOf: (score, label) => `${score} 分（${label}）`,
  followUpLine: (method, satisfaction) => `${method}，满意度 ${satisfaction}`,
  ev: {
    created: (source) => `创建工单（${source}）`,
    createdLine: (type, priority, department, owner) =>
      `类型：${type}；优先级：${priority}；部门：${department}；负责人：${owner}`,
    dueLine: (due) => `截止时间：${due}`,
    moved: (from, to) => `状态：${from} → ${to}`,
    start: '开始处理',
    escalate: (from, to) => `转交部门：${from} → ${to}`,
    return: '退回',
    resolve: '解决',
    close: '关闭工单',
    reopen: '重新打开',
    reason: (text) => `原因：${text}`,
    resolution: (text) => `解决方案：${text}`,
    assigned: '转派',
    ownerChange: (from, to) => `负责人：${from} → ${to}`,
    departmentChange: (from, to) => `部门：${from} → ${to}`,
    updated: '修改',
    priorityChange: (from, to) => `优先级：${from} → ${to}`,
    dueChange: (from, to) => `截止时间：${from} → ${to}`,
    note: '内部备注',
    replyPublic: '给客户的回复',
    replyPrivate: '内部回复',
    followUp: '回访',
    dueSoon: (due) => `即将到期提醒（截止 ${due}）`,
    overdue: (due) => `超时提醒（截止 ${due}）`,
    mailed: (to) => `回复已发邮件给客户（${to}）`,
    mailFailed: (to) => `回复未能发邮件给客户（${to}）`,
    mailOf: (replyAt) => `${replyAt} 的回复`,
    mailAttempts: (n) => `共尝试 ${n} 次`,
  },
};

export const TICKETS_TEXTS: Record<Language, TicketsTexts> = { 'zh-CN': zhTexts, en: EN_TEXTS };
