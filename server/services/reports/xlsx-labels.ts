import type { Language, ReportHeadlineKey, ReportTypeKey } from '../../../protocol/index.ts';

/** Every word of the XLSX export, in both languages. */
export interface XlsxLabels {
  sheets: {
    summary: string;
    daily: string;
    heatmap: string;
    departments: string;
    types: string;
    questions: string;
    gaps: string;
    agents: string;
    satisfaction: string;
    comments: string;
    tickets: string;
    surveys: string;
  };
  title: string;
  period: string;
  previousPeriod: string;
  timeZone: string;
  generatedAt: string;
  pickUpSeconds: string;
  figure: string;
  thisPeriod: string;
  previous: string;
  change: string;
  headline: Record<ReportHeadlineKey, string>;
  date: string;
  conversations: string;
  visitorMessages: string;
  handoffs: string;
  botOnly: string;
  weekdayHour: string;
  weekdays: readonly string[];
  department: string;
  types: Record<ReportTypeKey, string>;
  type: string;
  share: string;
  pickUpShare: string;
  firstReplyP50: string;
  firstReplyP90: string;
  handlingTimeP50: string;
  ratings: string;
  ratingAverage: string;
  question: string;
  language: string;
  hits: string;
  helpful: string;
  unhelpful: string;
  handoffsAfter: string;
  representative: string;
  asked: string;
  examples: string;
  agent: string;
  chats: string;
  messages: string;
  rating: string;
  meaning: string;
  ratingNames: readonly string[];
  ratedAt: string;
  comment: string;
  conversation: string;
}

const zh: XlsxLabels = {
  sheets: {
    summary: '概要',
    daily: '每日',
    heatmap: '时段分布',
    departments: '部门',
    types: '咨询类型',
    questions: '热门问题',
    gaps: '未解决问题',
    agents: '坐席',
    satisfaction: '满意度',
    comments: '评价留言',
    tickets: '工单',
    surveys: '专项调查',
  },
  title: '月度咨询分析',
  period: '统计期间',
  previousPeriod: '对比期间',
  timeZone: '时区',
  generatedAt: '生成时间',
  pickUpSeconds: '接起时限（秒）',
  figure: '指标',
  thisPeriod: '本期',
  previous: '上期',
  change: '变化',
  headline: {
    conversations: '会话数',
    visitorMessages: '访客消息数',
    visitors: '访客数',
    newVisitors: '新访客',
    returningVisitors: '回访访客',
    botOnly: '机器人独立解决',
    botOnlyShare: '机器人自助率',
    handoffs: '转人工',
    handoffRate: '转人工率',
    leftMessages: '留言数',
    queueWaitP50: '排队等待中位数（秒）',
    queueWaitP90: '排队等待 P90（秒）',
    abandoned: '排队放弃',
    firstReplyP50: '首次回复中位数（秒）',
    firstReplyP90: '首次回复 P90（秒）',
    pickedUp: '及时接起',
    pickUpShare: '及时接起率',
    handlingTimeP50: '处理时长中位数（秒）',
    ratings: '评价数',
    ratingAverage: '平均评分',
    satisfiedShare: '满意率',
    complaints: '投诉',
  },
  date: '日期',
  conversations: '会话数',
  visitorMessages: '访客消息数',
  handoffs: '转人工',
  botOnly: '机器人独立解决',
  weekdayHour: '星期 \\ 小时',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  department: '部门',
  types: {
    consultation: '咨询',
    suggestion: '建议',
    opinion: '意见',
    complaint: '投诉',
    unclassified: '未分类',
  },
  type: '类型',
  share: '占比',
  pickUpShare: '及时接起率',
  firstReplyP50: '首次回复中位数（秒）',
  firstReplyP90: '首次回复 P90（秒）',
  handlingTimeP50: '处理时长中位数（秒）',
  ratings: '评价数',
  ratingAverage: '平均评分',
  question: '问题',
  language: '语言',
  hits: '回答次数',
  helpful: '有帮助',
  unhelpful: '没帮助',
  handoffsAfter: '回答后转人工',
  representative: '问题',
  asked: '提问次数',
  examples: '其他问法',
  agent: '坐席',
  chats: '接待会话',
  messages: '发送消息',
  rating: '评分',
  meaning: '含义',
  ratingNames: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
  ratedAt: '评价时间',
  comment: '评价内容',
  conversation: '会话编号',
};

const en: XlsxLabels = {
  sheets: {
    summary: 'Summary',
    daily: 'Daily',
    heatmap: 'Heatmap',
    departments: 'Departments',
    types: 'Types',
    questions: 'Top questions',
    gaps: 'Unanswered',
    agents: 'Agents',
    satisfaction: 'Satisfaction',
    comments: 'Comments',
    tickets: 'Work orders',
    surveys: 'Surveys',
  },
  title: 'Monthly consultation analysis',
  period: 'Period',
  previousPeriod: 'Compared with',
  timeZone: 'Time zone',
  generatedAt: 'Generated',
  pickUpSeconds: 'Pick-up threshold (s)',
  figure: 'Figure',
  thisPeriod: 'This period',
  previous: 'Previous',
  change: 'Change',
  headline: {
    conversations: 'Conversations',
    visitorMessages: 'Visitor messages',
    visitors: 'Visitors',
    newVisitors: 'New visitors',
    returningVisitors: 'Returning visitors',
    botOnly: 'Settled by the bot',
    botOnlyShare: 'Bot self-service rate',
    handoffs: 'Handoffs',
    handoffRate: 'Handoff rate',
    leftMessages: 'Messages left',
    queueWaitP50: 'Queue wait, median (s)',
    queueWaitP90: 'Queue wait, P90 (s)',
    abandoned: 'Abandoned in queue',
    firstReplyP50: 'First reply, median (s)',
    firstReplyP90: 'First reply, P90 (s)',
    pickedUp: 'Picked up in time',
    pickUpShare: 'Picked up in time, share',
    handlingTimeP50: 'Handling time, median (s)',
    ratings: 'Ratings',
    ratingAverage: 'Average rating',
    satisfiedShare: 'Satisfied share',
    complaints: 'Complaints',
  },
  date: 'Date',
  conversations: 'Conversations',
  visitorMessages: 'Visitor messages',
  handoffs: 'Handoffs',
  botOnly: 'Settled by the bot',
  weekdayHour: 'Weekday \\ hour',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  department: 'Department',
  types: {
    consultation: 'Consultation',
    suggestion: 'Suggestion',
    opinion: 'Opinion',
    complaint: 'Complaint',
    unclassified: 'Unclassified',
  },
  type: 'Type',
  share: 'Share',
  pickUpShare: 'Picked up in time',
  firstReplyP50: 'First reply, median (s)',
  firstReplyP90: 'First reply, P90 (s)',
  handlingTimeP50: 'Handling time, median (s)',
  ratings: 'Ratings',
  ratingAverage: 'Average rating',
  question: 'Question',
  language: 'Language',
  hits: 'Answers',
  helpful: 'Helpful',
  unhelpful: 'Not helpful',
  handoffsAfter: 'Handoffs after',
  representative: 'Question',
  asked: 'Asked',
  examples: 'Other wordings',
  agent: 'Agent',
  chats: 'Chats',
  messages: 'Messages',
  rating: 'Rating',
  meaning: 'Meaning',
  ratingNames: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  ratedAt: 'Rated',
  comment: 'Comment',
  conversation: 'Conversation',
};

export const XLSX_LABELS: Readonly<Record<Language, XlsxLabels>> = { 'zh-CN': zh, en };
