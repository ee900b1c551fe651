import type {
  Author,
  CloseType,
  ConversationStatus,
  HandledBy,
  Language,
} from '../../../protocol/index.ts';

/** Every word the transcript files and the list export write, in both languages. */
export interface TranscriptLabels {
  title: string;
  visitor: (code: string) => string;
  authors: Record<Exclude<Author, 'visitor'>, string>;
  statuses: Record<ConversationStatus, string>;
  types: Record<CloseType, string>;
  handledBy: Record<HandledBy, string>;
  conversation: string;
  started: string;
  ended: string;
  department: string;
  agent: string;
  type: string;
  tags: string;
  summary: string;
  rating: string;
  ratingComment: string;
  page: string;
  language: string;
  status: string;
  messages: string;
  notes: string;
  notesWarning: string;
  suggested: string;
  exported: string;
  timeZone: (zone: string) => string;
  columns: Record<ListColumn, string>;
}

export type ListColumn =
  | 'id'
  | 'visitorId'
  | 'visitorCode'
  | 'lang'
  | 'status'
  | 'startedAt'
  | 'endedAt'
  | 'departmentId'
  | 'departmentName'
  | 'agentId'
  | 'agentName'
  | 'handledBy'
  | 'closeType'
  | 'closeTags'
  | 'closeSummary'
  | 'rating'
  | 'ratingComment'
  | 'messages'
  | 'visitorMessages'
  | 'firstQuestion'
  | 'pageUrl'
  | 'matchAt'
  | 'matchAuthor'
  | 'matchBody';

export const TRANSCRIPT_LABELS: Record<Language, TranscriptLabels> = {
  'zh-CN': {
    title: '会话记录',
    visitor: (code) => `访客 ${code}`,
    authors: { bot: '机器人', agent: '客服', system: '系统' },
    statuses: { bot: '机器人接待中', queued: '排队中', active: '人工接待中', closed: '已结束' },
    types: { consultation: '咨询', suggestion: '建议', opinion: '意见', complaint: '投诉' },
    handledBy: { bot: '机器人', person: '人工' },
    conversation: '会话',
    started: '开始时间',
    ended: '结束时间',
    department: '部门',
    agent: '客服',
    type: '类型',
    tags: '标签',
    summary: '小结',
    rating: '评价',
    ratingComment: '评价留言',
    page: '来源页面',
    language: '语言',
    status: '状态',
    messages: '消息',
    notes: '内部备注',
    notesWarning: '仅供客服内部使用，访客看不到这些备注。请勿转发给访客。',
    suggested: '推荐的问题',
    exported: '导出时间',
    timeZone: (zone) => `时间均为 ${zone} 时区`,
    columns: {
      id: '会话编号',
      visitorId: '访客编号',
      visitorCode: '访客代码',
      lang: '语言',
      status: '状态',
      startedAt: '开始时间',
      endedAt: '结束时间',
      departmentId: '部门编号',
      departmentName: '部门',
      agentId: '客服编号',
      agentName: '客服',
      handledBy: '接待方式',
      closeType: '类型',
      closeTags: '标签',
      closeSummary: '小结',
      rating: '评价',
      ratingComment: '评价留言',
      messages: '消息数',
      visitorMessages: '访客消息数',
      firstQuestion: '首个问题',
      pageUrl: '来源页面',
      matchAt: '匹配消息时间',
      matchAuthor: '匹配消息发送者',
      matchBody: '匹配的消息',
    },
  },
  en: {
    title: 'Transcript',
    visitor: (code) => `Visitor ${code}`,
    authors: { bot: 'Bot', agent: 'Agent', system: 'System' },
    statuses: { bot: 'With the bot', queued: 'Waiting', active: 'With an agent', closed: 'Closed' },
    types: {
      consultation: 'Consultation',
      suggestion: 'Suggestion',
      opinion: 'Opinion',
      complaint: 'Complaint',
    },
    handledBy: { bot: 'Bot', person: 'Person' },
    conversation: 'Conversation',
    started: 'Started',
    ended: 'Ended',
    department: 'Department',
    agent: 'Agent',
    type: 'Type',
    tags: 'Tags',
    summary: 'Summary',
    rating: 'Rating',
    ratingComment: 'Rating comment',
    page: 'Page',
    language: 'Language',
    status: 'Status',
    messages: 'Messages',
    notes: 'Internal notes',
    notesWarning: 'For agents only: the visitor never saw these notes. Do not forward them.',
    suggested: 'Suggested questions',
    exported: 'Exported',
    timeZone: (zone) => `All times in ${zone}`,
    columns: {
      id: 'Conversation ID',
      visitorId: 'Visitor ID',
      visitorCode: 'Visitor code',
      lang: 'Language',
      status: 'Status',
      startedAt: 'Started',
      endedAt: 'Ended',
      departmentId: 'Department ID',
      departmentName: 'Department',
      agentId: 'Agent ID',
      agentName: 'Agent',
      handledBy: 'Handled by',
      closeType: 'Type',
      closeTags: 'Tags',
      closeSummary: 'Summary',
      rating: 'Rating',
      ratingComment: 'Rating comment',
      messages: 'Messages',
      visitorMessages: 'Visitor messages',
      firstQuestion: 'First question',
      pageUrl: 'Page',
      matchAt: 'Match time',
      matchAuthor: 'Match author',
      matchBody: 'Matching message',
    },
  },
};
