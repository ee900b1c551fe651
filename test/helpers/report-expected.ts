import type { FaqEntry } from '../../knowledge/index.ts';
import type {
  ReportAgent,
  ReportComment,
  ReportDay,
  ReportDepartment,
  ReportHeadline,
  ReportQuestion,
  ReportTypeKey,
} from '../../protocol/index.ts';
import type { PlannedConversation, Staff } from '../../scripts/traffic/types.ts';
import type { LeftMessageRow } from '../../server/store/types.ts';

/**
 * The monthly report's figures worked out again from the traffic plan, by the counting rules
 * of protocol/report.ts alone: no database, no code of the report service. Days and hours are
 * read with Intl directly, so a time-zone mistake on either side shows as a difference.
 */
export interface ExpectedReport {
  headline: ReportHeadline;
  previous: ReportHeadline;
  daily: ReportDay[];
  heatmap: number[][];
  departments: ReportDepartment[];
  types: Record<ReportTypeKey, number>;
  /** Every entry answered with, not only the top 20: ties decide who makes the cut. */
  questions: ReportQuestion[];
  agents: ReportAgent[];
  distribution: number[];
  comments: ReportComment[];
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function localParts(iso: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    weekday: 'short',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

const secs = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Nearest rank: the smallest value with at least p of all values at or below it. */
function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let k = 1;
  while (k < sorted.length && k / sorted.length < p) k++;
  return sorted[k - 1] ?? null;
}

interface Figures {
  p: PlannedConversation;
  handedOff: boolean;
  wait: number | null;
  abandoned: boolean;
  firstReply: number | null;
  pickedUp: boolean;
  handling: number | null;
  visitorMessages: number;
}

function figures(p: PlannedConversation, pickUpSeconds: number): Figures {
  const c = p.conversation;
  const h = c.handoffRequestedAt;
  const firstAgent = p.messages.find((m) => m.author === 'agent')?.createdAt ?? null;
  const firstReply = h && firstAgent ? secs(h, firstAgent) : null;
  return {
    p,
    handedOff: h !== null,
    wait: h && c.assignedAt ? secs(h, c.assignedAt) : null,
    abandoned:
      h !== null && c.assignedAt === null && (c.status === 'closed' || c.status === 'queued'),
    firstReply,
    pickedUp: firstReply !== null && firstReply <= pickUpSeconds,
    handling: c.assignedAt && c.closedAt ? secs(c.assignedAt, c.closedAt) : null,
    visitorMessages: p.messages.filter((m) => m.author === 'visitor').length,
  };
}

function summary(list: Figures[]) {
  const ratings = list.flatMap((f) => (f.p.conversation.rating ? [f.p.conversation.rating] : []));
  const handoffs = list.filter((f) => f.handedOff).length;
  const waits = list.flatMap((f) => (f.wait === null ? [] : [f.wait]));
  const replies = list.flatMap((f) => (f.firstReply === null ? [] : [f.firstReply]));
  const handling = list.flatMap((f) => (f.handling === null ? [] : [f.handling]));
  const pickedUp = list.filter((f) => f.pickedUp).length;
  return {
    conversations: list.length,
    visitorMessages: list.reduce((s, f) => s + f.visitorMessages, 0),
    handoffs,
    waits,
    replies,
    handling,
    pickedUp,
    pickUpShare: ratio(pickedUp, handoffs),
    ratings: ratings.length,
    ratingAverage: ratio(
      ratings.reduce((s, r) => s + r, 0),
      ratings.length,
    ),
    satisfied: ratio(ratings.filter((r) => r >= 4).length, ratings.length),
  };
}

function headline(
  list: Figures[],
  leftMessages: number,
  inPeriod: (iso: string) => boolean,
): ReportHeadline {
  const s = summary(list);
  const visitors = new Map(list.map((f) => [f.p.visitor.id, f.p.visitor]));
  const fresh = [...visitors.values()].filter((v) => inPeriod(v.createdAt)).length;
  return {
    conversations: s.conversations,
    visitorMessages: s.visitorMessages,
    visitors: visitors.size,
    newVisitors: fresh,
    returningVisitors: visitors.size - fresh,
    botOnly: s.conversations - s.handoffs,
    botOnlyShare: ratio(s.conversations - s.handoffs, s.conversations),
    handoffs: s.handoffs,
    handoffRate: ratio(s.handoffs, s.conversations),
    leftMessages,
    queueWaitP50: nearestRank(s.waits, 0.5),
    queueWaitP90: nearestRank(s.waits, 0.9),
    abandoned: list.filter((f) => f.abandoned).length,
    firstReplyP50: nearestRank(s.replies, 0.5),
    firstReplyP90: nearestRank(s.replies, 0.9),
    pickedUp: s.pickedUp,
    pickUpShare: s.pickUpShare,
    handlingTimeP50: nearestRank(s.handling, 0.5),
    ratings: s.ratings,
    ratingAverage: s.ratingAverage,
    satisfiedShare: s.satisfied,
    complaints: list.filter((f) => f.p.conversation.closeType === 'complaint').length,
  };
}

const typeOf = (f: Figures): ReportTypeKey => f.p.conversation.closeType ?? 'unclassified';
const noTypes = (): Record<ReportTypeKey, number> => ({
  consultation: 0,
  suggestion: 0,
  opinion: 0,
  complaint: 0,
  unclassified: 0,
});

export interface ExpectedInput {
  conversations: PlannedConversation[];
  leftMessages: LeftMessageRow[];
  staff: Staff;
  entries: FaqEntry[];
  /** `YYYY-MM` */
  month: string;
  timeZone: string;
  pickUpSeconds: number;
}

function monthBefore(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function expectedReport(input: ExpectedInput): ExpectedReport {
  const { timeZone, month } = input;
  const monthOf = (iso: string) => localParts(iso, timeZone).date.slice(0, 7);
  const of = (m: string) =>
    input.conversations
      .filter((p) => monthOf(p.conversation.createdAt) === m)
      .map((p) => figures(p, input.pickUpSeconds));
  const left = (m: string) => input.leftMessages.filter((l) => monthOf(l.createdAt) === m).length;
  const current = of(month);
  const before = monthBefore(month);

  const [y, mo] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const daily: ReportDay[] = Array.from({ length: days }, (_, i) => {
    const date = `${month}-${String(i + 1).padStart(2, '0')}`;
    const list = current.filter(
      (f) => localParts(f.p.conversation.createdAt, timeZone).date === date,
    );
    const handoffs = list.filter((f) => f.handedOff).length;
    const visitorMessages = list.reduce((s, f) => s + f.visitorMessages, 0);
    return {
      date,
      conversations: list.length,
      visitorMessages,
      handoffs,
      botOnly: list.length - handoffs,
    };
  });
  const heatmap = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const f of current) {
    const at = localParts(f.p.conversation.createdAt, timeZone);
    const row = heatmap[at.weekday];
    if (row) row[at.hour] = (row[at.hour] ?? 0) + 1;
  }

  const types = noTypes();
  for (const f of current) types[typeOf(f)] += 1;

  const departmentIds: (string | null)[] = input.staff.departments.map((d) => d.id);
  if (current.some((f) => f.p.conversation.departmentId === null)) departmentIds.push(null);
  const departments = departmentIds.map((id): ReportDepartment => {
    const list = current.filter((f) => f.p.conversation.departmentId === id);
    const s = summary(list);
    const byType = noTypes();
    for (const f of list) byType[typeOf(f)] += 1;
    const named = input.staff.departments.find((d) => d.id === id);
    return {
      id,
      nameZh: named?.nameZh ?? '',
      nameEn: named?.nameEn ?? '',
      conversations: s.conversations,
      handoffs: s.handoffs,
      byType,
      pickUpShare: s.pickUpShare,
      firstReplyP50: nearestRank(s.replies, 0.5),
      ratings: s.ratings,
      ratingAverage: s.ratingAverage,
    };
  });

  const entries = new Map(input.entries.map((e) => [e.id, e]));
  const uses = new Map<string, ReportQuestion>();
  const use = (faqId: string): ReportQuestion => {
    const known = uses.get(faqId);
    if (known) return known;
    const e = entries.get(faqId);
    const q: ReportQuestion = {
      faqId,
      question: e?.question ?? faqId,
      lang: e?.lang === 'en' || e?.lang === 'zh-CN' ? e.lang : null,
      departmentId: e?.department ?? null,
      hits: 0,
      helpful: 0,
      unhelpful: 0,
      handoffsAfter: 0,
    };
    uses.set(faqId, q);
    return q;
  };
  // What happens inside conversations counts in the month it happened, whenever they started.
  const happened = (iso: string) => monthOf(iso) === month;
  for (const p of input.conversations) {
    for (const m of p.messages)
      if (m.author === 'bot' && m.kind === 'answer' && m.faqId && happened(m.createdAt))
        use(m.faqId).hits += 1;
    for (const v of p.feedback)
      if (happened(v.at)) use(v.faqId)[v.helpful ? 'helpful' : 'unhelpful'] += 1;
    for (const e of p.events)
      if (e.kind === 'queued' && e.faqId && happened(e.at)) use(e.faqId).handoffsAfter += 1;
  }

  const agents = input.staff.agents
    .map((a): ReportAgent => {
      const list = current.filter((f) => f.p.conversation.agentId === a.id);
      const s = summary(list);
      const written = input.conversations.reduce(
        (n, p) =>
          n +
          p.messages.filter(
            (m) => m.author === 'agent' && m.payload.agent?.id === a.id && happened(m.createdAt),
          ).length,
        0,
      );
      return {
        id: a.id,
        name: a.name,
        chats: list.length,
        messages: written,
        firstReplyP50: nearestRank(s.replies, 0.5),
        firstReplyP90: nearestRank(s.replies, 0.9),
        pickUpShare: s.pickUpShare,
        handlingTimeP50: nearestRank(s.handling, 0.5),
        ratings: s.ratings,
        ratingAverage: s.ratingAverage,
      };
    })
    .filter((a) => a.chats > 0 || a.messages > 0);

  const distribution = [1, 2, 3, 4, 5].map(
    (r) => current.filter((f) => f.p.conversation.rating === r).length,
  );
  const comments = current
    .filter((f) => f.p.conversation.rating && f.p.conversation.ratingComment?.trim())
    .map(({ p: { conversation: c } }): ReportComment => ({
      conversationId: c.id,
      rating: c.rating ?? 5,
      comment: c.ratingComment?.trim() ?? '',
      ratedAt: c.ratedAt ?? '',
      agentName: input.staff.agents.find((a) => a.id === c.agentId)?.name ?? null,
      departmentId: c.departmentId,
    }))
    .sort((a, b) => a.rating - b.rating || Date.parse(b.ratedAt) - Date.parse(a.ratedAt));

  return {
    headline: headline(current, left(month), (iso) => monthOf(iso) === month),
    previous: headline(of(before), left(before), (iso) => monthOf(iso) === before),
    daily,
    heatmap,
    departments,
    types,
    questions: [...uses.values()].filter((q) => q.hits > 0),
    agents,
    distribution,
    comments: comments.slice(0, 200),
  };
}
