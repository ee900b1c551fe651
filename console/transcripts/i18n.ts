import type { ConversationStatus } from '../../protocol/conversation.ts';
import type { DeletedCounts } from '../../protocol/data-care.ts';
import type { Language } from '../../protocol/language.ts';
import type { HandledBy } from '../../protocol/transcripts.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { CHAT_TEXTS } from '../i18n-chat.ts';
import type { RestProblem } from '../rest.ts';

/** Every string of the transcripts page, in both languages. */
const zh = {
  title: '会话记录',
  intro: '查找访客与机器人、客服的全部历史会话；可按条件筛选，查看完整记录，导出表格。',
  search: '搜索会话内容',
  searchHint: '在访客和客服写的消息中查找，支持中文和英文',
  filters: '筛选条件',
  from: '开始日期',
  to: '结束日期',
  datesHint: '按会话开始的日期，含首尾两天',
  department: '部门',
  anyDepartment: '全部部门',
  agent: '客服',
  anyAgent: '全部客服',
  type: '会话类型',
  anyType: '全部类型',
  tag: '标签',
  rating: '访客评价',
  anyRating: '全部评价',
  pageUrl: '来源页面',
  pageUrlHint: '页面地址中的一部分',
  handledBy: '接待方式',
  anyHandler: '全部',
  submit: '搜索',
  clear: '清除条件',
  rangeBackwards: '结束日期不能早于开始日期。',
  results: '搜索结果',
  searching: '正在搜索…',
  noResults: '没有符合条件的会话记录。',
  noTranscripts: '还没有会话记录。',
  colStarted: '开始时间',
  colVisitor: '访客',
  colDepartment: '部门',
  colAgent: '客服',
  colType: '类型',
  colTags: '标签',
  colRating: '评价',
  colMessages: '消息数',
  colText: '首个问题 / 匹配的消息',
  tableScroll: '会话记录表格（可左右滚动）',
  botOnly: '仅机器人',
  notRated: '未评价',
  none: '—',
  exportTitle: '导出结果',
  pager: '分页',
  prevPage: '上一页',
  nextPage: '下一页',
  firstPage: '这一页没有结果，回到第一页',
  backToResults: '返回搜索结果',
  opening: '正在打开会话…',
  download: '下载会话记录',
  started: '开始时间',
  ended: '结束时间',
  status: '状态',
  messages: '消息数',
  still: '会话尚未结束',
  eraseTitle: '删除访客数据',
  eraseHint:
    '用于个人信息删除请求（PIPL / GDPR）：删除该访客的全部会话、消息、备注、评价、知识缺口和留言，并断开其在线连接。删除后无法恢复。',
  eraseVisitor: '删除该访客的全部数据',
  eraseConfirm: '永久删除',
  eraseCancel: '取消',
  eraseHeld: '有客服正在与该访客对话，请先结束对话再删除。',
  eraseGone: '找不到该访客，可能已被删除。',
} as const;

export type TranscriptsTexts = { readonly [K in keyof typeof zh]: string } & {
  readonly problems: Readonly<Record<RestProblem, string>>;
  readonly handlers: Readonly<Record<HandledBy, string>>;
  readonly statuses: Readonly<Record<ConversationStatus, string>>;
  readonly authors: Readonly<Record<'visitor' | 'bot' | 'agent' | 'system', string>>;
  /** `count` is formatted already, e.g. "10,000+" when the server stopped counting. */
  readonly total: (count: string, n: number) => string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly exportAs: (format: string) => string;
  readonly downloadAs: (format: string) => string;
  readonly stars: (rating: number, label: string) => string;
  readonly said: (author: string) => string;
  readonly problemDetail: (detail: string) => string;
  readonly eraseQuestion: (visitor: string) => string;
  readonly erased: (deleted: DeletedCounts) => string;
};

const zhTexts: TranscriptsTexts = {
  ...zh,
  problems: DESK_TEXTS['zh-CN'].problems,
  handlers: { bot: '仅机器人', person: '人工接待' },
  statuses: { bot: '机器人接待中', queued: '排队中', active: '客服接待中', closed: '已结束' },
  authors: {
    visitor: CHAT_TEXTS['zh-CN'].authorVisitor,
    bot: CHAT_TEXTS['zh-CN'].authorBot,
    agent: CHAT_TEXTS['zh-CN'].authorAgent,
    system: '系统',
  },
  total: (count) => `共 ${count} 条会话`,
  pageOf: (page, pages) => `第 ${page} / ${pages} 页`,
  exportAs: (format) => `导出 ${format}`,
  downloadAs: (format) => `下载 ${format}`,
  stars: (rating, label) => `${rating} 星：${label}`,
  said: (author) => `${author}：`,
  problemDetail: (detail) => `搜索条件有误：${detail}`,
  eraseQuestion: (visitor) => `删除${visitor}的全部数据？此操作无法撤销。`,
  erased: (d) =>
    `已删除该访客的全部数据（会话 ${d.conversations} 个，消息 ${d.messages} 条，留言 ${d.leftMessages} 条，工单 ${d.tickets} 个）。`,
};

const enTexts: TranscriptsTexts = {
  title: 'Transcripts',
  intro:
    'Find every past conversation between visitors, the bot and agents: filter, read the whole transcript, export a spreadsheet.',
  search: 'Search conversations',
  searchHint: 'Looks in what visitors and agents wrote, in Chinese and English',
  filters: 'Filters',
  from: 'From',
  to: 'To',
  datesHint: 'The day a conversation started, both days included',
  department: 'Department',
  anyDepartment: 'All departments',
  agent: 'Agent',
  anyAgent: 'All agents',
  type: 'Type',
  anyType: 'All types',
  tag: 'Tag',
  rating: 'Visitor rating',
  anyRating: 'Any rating',
  pageUrl: 'Page',
  pageUrlHint: 'Part of the page address',
  handledBy: 'Handled by',
  anyHandler: 'Anyone',
  submit: 'Search',
  clear: 'Clear filters',
  rangeBackwards: 'The end date cannot be before the start date.',
  results: 'Results',
  searching: 'Searching…',
  noResults: 'No conversations match.',
  noTranscripts: 'There are no conversations yet.',
  colStarted: 'Started',
  colVisitor: 'Visitor',
  colDepartment: 'Department',
  colAgent: 'Agent',
  colType: 'Type',
  colTags: 'Tags',
  colRating: 'Rating',
  colMessages: 'Messages',
  colText: 'First question / matching message',
  tableScroll: 'Transcripts table (scrolls sideways)',
  botOnly: 'Bot only',
  notRated: 'Not rated',
  none: '—',
  exportTitle: 'Export the results',
  pager: 'Pages',
  prevPage: 'Previous page',
  nextPage: 'Next page',
  firstPage: 'Nothing on this page: back to the first page',
  backToResults: 'Back to the results',
  opening: 'Opening the conversation…',
  download: 'Download the transcript',
  started: 'Started',
  ended: 'Ended',
  status: 'Status',
  messages: 'Messages',
  still: 'The conversation has not ended',
  eraseTitle: 'Delete visitor data',
  eraseHint:
    'For a privacy request (PIPL / GDPR): deletes all of this visitor’s conversations, messages, notes, ratings, unanswered questions and left messages, and disconnects them. This cannot be undone.',
  eraseVisitor: 'Delete everything about this visitor',
  eraseConfirm: 'Delete for ever',
  eraseCancel: 'Cancel',
  eraseHeld: 'An agent is chatting with this visitor now. Close that chat first, then delete.',
  eraseGone: 'This visitor is not there any more; they may have been deleted already.',
  problems: DESK_TEXTS.en.problems,
  handlers: { bot: 'Bot only', person: 'A person' },
  statuses: { bot: 'With the bot', queued: 'Waiting', active: 'With an agent', closed: 'Closed' },
  authors: {
    visitor: CHAT_TEXTS.en.authorVisitor,
    bot: CHAT_TEXTS.en.authorBot,
    agent: CHAT_TEXTS.en.authorAgent,
    system: 'System',
  },
  total: (count, n) => (n === 1 ? '1 conversation' : `${count} conversations`),
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  exportAs: (format) => `Export ${format}`,
  downloadAs: (format) => `Download ${format}`,
  stars: (rating, label) => `${rating} stars: ${label}`,
  said: (author) => `${author}: `,
  problemDetail: (detail) => `The search is not valid: ${detail}`,
  eraseQuestion: (visitor) => `Delete everything about ${visitor}? This cannot be undone.`,
  erased: (d) =>
    `Deleted everything about this visitor (conversations: ${d.conversations}, messages: ${d.messages}, left messages: ${d.leftMessages}, work orders: ${d.tickets}).`,
};

export const TRANSCRIPTS_TEXTS: Record<Language, TranscriptsTexts> = {
  'zh-CN': zhTexts,
  en: enTexts,
};
