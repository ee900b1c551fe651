import type {
  MonthlyReport,
  ReportHeadline,
  ReportTicketFigures,
  ReportTypeKey,
} from '../../../protocol/report.ts';

const noTypes: Record<ReportTypeKey, number> = {
  consultation: 0,
  suggestion: 0,
  opinion: 0,
  complaint: 0,
  unclassified: 0,
};

export const EMPTY_HEADLINE: ReportHeadline = {
  conversations: 0,
  visitorMessages: 0,
  visitors: 0,
  newVisitors: 0,
  returningVisitors: 0,
  botOnly: 0,
  botOnlyShare: null,
  handoffs: 0,
  handoffRate: null,
  leftMessages: 0,
  queueWaitP50: null,
  queueWaitP90: null,
  abandoned: 0,
  firstReplyP50: null,
  firstReplyP90: null,
  pickedUp: 0,
  pickUpShare: null,
  handlingTimeP50: null,
  ratings: 0,
  ratingAverage: null,
  satisfiedShare: null,
  complaints: 0,
};

export const EMPTY_TICKET_FIGURES: ReportTicketFigures = {
  created: 0,
  resolved: 0,
  resolvedOnTime: 0,
  onTimeShare: null,
  resolutionAverage: null,
  resolutionP50: null,
  followUpBase: 0,
  followedUp: 0,
  followUpRate: null,
  returned: 0,
  reopened: 0,
  openAtEnd: 0,
  overdueAtEnd: 0,
};

const noTicketTypes = { consultation: 0, suggestion: 0, opinion: 0, complaint: 0, request: 0 };

const heatmap = () => Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));

/** March 2025 with nothing in it. */
export function emptyReport(): MonthlyReport {
  return {
    period: { from: '2025-03-01', to: '2025-03-31', month: '2025-03', timeZone: 'Asia/Shanghai' },
    previousPeriod: {
      from: '2025-02-01',
      to: '2025-02-28',
      month: '2025-02',
      timeZone: 'Asia/Shanghai',
    },
    generatedAt: '2025-04-01T02:00:00.000Z',
    settings: { pickUpSeconds: 20, pickUpTarget: 0.95, satisfactionTarget: 0.9 },
    headline: EMPTY_HEADLINE,
    previous: EMPTY_HEADLINE,
    daily: [],
    heatmap: heatmap(),
    departments: [],
    types: noTypes,
    topQuestions: [],
    gapGroups: [],
    agents: [],
    satisfaction: { distribution: [0, 0, 0, 0, 0], comments: [] },
    tickets: {
      figures: EMPTY_TICKET_FIGURES,
      previous: EMPTY_TICKET_FIGURES,
      departments: [],
      types: noTicketTypes,
    },
    surveys: [],
  };
}

/** A small month: ten conversations, four handed to 售后 and one agent, two ratings. */
export function sampleReport(): MonthlyReport {
  const report = emptyReport();
  const grid = heatmap();
  (grid[0] as number[])[10] = 6;
  (grid[2] as number[])[15] = 4;
  return {
    ...report,
    headline: {
      ...EMPTY_HEADLINE,
      conversations: 10,
      visitorMessages: 31,
      visitors: 9,
      newVisitors: 7,
      returningVisitors: 2,
      botOnly: 6,
      botOnlyShare: 0.6,
      handoffs: 4,
      handoffRate: 0.4,
      queueWaitP50: 12,
      queueWaitP90: 40,
      firstReplyP50: 15,
      firstReplyP90: 65,
      pickedUp: 3,
      pickUpShare: 0.75,
      handlingTimeP50: 300,
      ratings: 2,
      ratingAverage: 3,
      satisfiedShare: 0.5,
      complaints: 1,
    },
    previous: { ...EMPTY_HEADLINE, conversations: 8, handoffs: 2, firstReplyP50: 30 },
    daily: [
      { date: '2025-03-03', conversations: 6, visitorMessages: 20, handoffs: 2, botOnly: 4 },
      { date: '2025-03-05', conversations: 4, visitorMessages: 11, handoffs: 2, botOnly: 2 },
    ],
    heatmap: grid,
    departments: [
      {
        id: null,
        nameZh: '',
        nameEn: '',
        conversations: 6,
        handoffs: 0,
        byType: { ...noTypes, unclassified: 6 },
        pickUpShare: null,
        firstReplyP50: null,
        ratings: 0,
        ratingAverage: null,
      },
      {
        id: 'after-sales',
        nameZh: '售后',
        nameEn: 'After-sales',
        conversations: 4,
        handoffs: 4,
        byType: { ...noTypes, consultation: 3, complaint: 1 },
        pickUpShare: 0.75,
        firstReplyP50: 15,
        ratings: 2,
        ratingAverage: 3,
      },
    ],
    types: { ...noTypes, consultation: 3, complaint: 1, unclassified: 6 },
    topQuestions: [
      {
        faqId: 'return.zh',
        question: '怎么申请退货？',
        lang: 'zh-CN',
        departmentId: 'after-sales',
        hits: 5,
        helpful: 3,
        unhelpful: 1,
        handoffsAfter: 1,
      },
    ],
    gapGroups: [{ representative: '可以货到付款吗', count: 3, examples: ['货到付款支持吗'] }],
    agents: [
      {
        id: 'a1',
        name: '王小明',
        chats: 4,
        messages: 12,
        firstReplyP50: 15,
        firstReplyP90: 65,
        pickUpShare: 0.75,
        handlingTimeP50: 300,
        ratings: 2,
        ratingAverage: 3,
      },
    ],
    satisfaction: {
      distribution: [1, 0, 0, 0, 1],
      comments: [
        {
          conversationId: 'c1',
          rating: 1,
          comment: '等了好久 <script>alert(1)</script>',
          ratedAt: '2025-03-05T07:00:00.000Z',
          agentName: '王小明',
          departmentId: 'after-sales',
        },
        {
          conversationId: 'c2',
          rating: 5,
          comment: 'Quick & helpful',
          ratedAt: '2025-03-03T03:00:00.000Z',
          agentName: '王小明',
          departmentId: 'after-sales',
        },
      ],
    },
  };
}
