import type { Language } from '../../protocol/language.ts';
import type { ReportHeadlineKey, ReportTypeKey } from '../../protocol/report.ts';
import { enTexts } from './i18n-en.ts';

/**
 * Every string of the monthly report, in the console and on the printable page (the server
 * renders that one with the same tables); the English table is in i18n-en.ts.
 */
const zh = {
  title: '月度咨询分析',
  intro: '会话按开始时间归入月份（以服务台时区为准），每项指标都与上一个同样长的时段比较。',
  period: '统计时段',
  month: '月份',
  prevMonth: '上个月',
  nextMonth: '下个月',
  customRange: '自定义时段',
  from: '开始日期',
  to: '结束日期',
  show: '查看',
  rangeInvalid: '请填写开始和结束日期，结束日期不能早于开始日期，最长一年。',
  downloadXlsx: '下载 Excel 报表',
  printable: '打印版页面',
  emptyTitle: '这个时段没有会话',
  emptyHint: '换一个月份看看；访客开始咨询后，这里会出现图表和表格。',
  generatedAt: '生成时间',
  timeZone: '时区',
  previousPeriod: '对比时段',
  headlineTitle: '主要指标',
  headlineTable: '全部指标与上期对比',
  colFigure: '指标',
  colThis: '本期',
  colPrevious: '上期',
  colChange: '变化',
  better: '好转',
  worse: '变差',
  same: '持平',
  noPrevious: '上期无数据',
  fromZero: '上期为 0',
  dataTable: '数据表',
  none: '—',
  sectionVolume: '咨询量与自助服务',
  chartDaily: '每日会话',
  seriesBotOnly: '机器人解决',
  seriesHandoffs: '转人工',
  seriesConversations: '会话',
  seriesVisitorMessages: '访客消息',
  colDate: '日期',
  chartHeatmap: '会话开始时间（星期 × 小时）',
  colWeekday: '星期',
  sectionDepartments: '部门与类型',
  chartDepartmentTypes: '各部门的会话类型',
  chartTypes: '会话类型',
  colDepartment: '部门',
  colType: '类型',
  colConversations: '会话',
  colHandoffs: '转人工',
  colRatings: '评价数',
  colRatingAverage: '平均评分',
  botDepartment: '机器人（未转人工）',
  sectionQuestions: '问题频次',
  chartTopQuestions: '机器人最常回答的问题',
  colQuestion: '问题',
  colHits: '回答次数',
  colHelpful: '有帮助',
  colUnhelpful: '没帮助',
  colHandoffsAfter: '随后转人工',
  noQuestions: '这个时段机器人没有用知识库回答过问题。',
  chartGaps: '机器人没答上的问题（相似问法归为一组）',
  colCount: '被问次数',
  colExamples: '其他问法',
  noGaps: '这个时段没有机器人答不上的问题。',
  sectionService: '人工服务',
  chartResponse: '排队等待与首次响应（秒）',
  seriesP50: '中位数',
  seriesP90: '90 分位',
  queueWait: '排队等待',
  firstReply: '首次响应',
  noHandoffs: '这个时段没有转人工的会话。',
  agentsTable: '坐席',
  colAgent: '坐席',
  colChats: '接待会话',
  colMessages: '发送消息',
  colFirstReplyP50: '首次响应中位数',
  colFirstReplyP90: '首次响应 90 分位',
  colHandling: '处理时长中位数',
  noAgents: '这个时段没有坐席接待会话。',
  sectionSatisfaction: '满意度',
  chartSatisfaction: '评分分布',
  colRating: '评分',
  noRatings: '这个时段没有访客评价。',
  comments: '访客评语（低分在前）',
  noComments: '这个时段的评价都没有写评语。',
  seconds: '秒',
} as const;

export type ReportTexts = { readonly [K in keyof typeof zh]: string } & {
  /** BCP 47, for numbers and dates. */
  readonly locale: Language;
  readonly headline: Readonly<Record<ReportHeadlineKey, string>>;
  readonly types: Readonly<Record<ReportTypeKey, string>>;
  /** Monday first, as the report's heat map. */
  readonly weekdays: readonly string[];
  readonly stars: (rating: number) => string;
  /** A duration in whole seconds, e.g. "3 分 05 秒". */
  readonly duration: (minutes: number, seconds: number) => string;
  readonly monthName: (year: number, month: number) => string;
  readonly range: (from: string, to: string) => string;
  readonly pickUpShare: (seconds: number) => string;
  readonly pickedUpWithin: (seconds: number) => string;
  readonly pickUpChart: (seconds: number) => string;
  readonly target: (share: string) => string;
  readonly points: (signed: string) => string;
  readonly comparedWith: (previous: string) => string;
  readonly chartName: (title: string) => string;
  readonly showAllComments: (count: number) => string;
};

const zhTexts: ReportTexts = {
  ...zh,
  locale: 'zh-CN',
  headline: {
    conversations: '会话',
    visitorMessages: '访客消息',
    visitors: '访客',
    newVisitors: '新访客',
    returningVisitors: '回访访客',
    botOnly: '机器人解决的会话',
    botOnlyShare: '自助解决率',
    handoffs: '转人工',
    handoffRate: '转人工率',
    leftMessages: '留言',
    queueWaitP50: '排队等待（中位数）',
    queueWaitP90: '排队等待（90 分位）',
    abandoned: '排队放弃',
    firstReplyP50: '首次响应（中位数）',
    firstReplyP90: '首次响应（90 分位）',
    pickedUp: '及时接起的会话',
    pickUpShare: '及时接起率',
    handlingTimeP50: '处理时长（中位数）',
    ratings: '评价数',
    ratingAverage: '平均评分',
    satisfiedShare: '满意率（4–5 星）',
    complaints: '投诉',
  },
  types: {
    consultation: '咨询',
    suggestion: '建议',
    opinion: '意见',
    complaint: '投诉',
    unclassified: '未分类',
  },
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  stars: (rating) => `${rating} 星`,
  duration: (m, s) => (m > 0 ? `${m} 分 ${String(s).padStart(2, '0')} 秒` : `${s} 秒`),
  monthName: (year, month) => `${year} 年 ${month} 月`,
  range: (from, to) => `${from} 至 ${to}`,
  pickUpShare: (seconds) => `${seconds} 秒内接起率`,
  pickedUpWithin: (seconds) => `${seconds} 秒内接起的会话`,
  pickUpChart: (seconds) => `${seconds} 秒内接起率（按部门和坐席）`,
  target: (share) => `目标 ${share}`,
  points: (signed) => `${signed} 个百分点`,
  comparedWith: (previous) => `上期 ${previous}`,
  chartName: (title) => `图表：${title}。数据见下方的数据表。`,
  showAllComments: (count) => `显示全部 ${count} 条评语`,
};

export const REPORT_TEXTS: Record<Language, ReportTexts> = { 'zh-CN': zhTexts, en: enTexts };
