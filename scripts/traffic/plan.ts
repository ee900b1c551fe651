import type { FaqEntry } from '../../knowledge/index.ts';
import type { BusinessHours, Language } from '../../protocol/index.ts';
import { isOpen } from '../../server/services/desk/business-hours.ts';
import { addDays, startOfDay, wallClock } from '../../server/services/zoned-time.ts';
import type { DepartmentRow, VisitorRow } from '../../server/store/types.ts';
import { botPart } from './bot-part.ts';
import { isoAt as iso, wallClockReader } from './timestamps.ts';
import { ConversationBuilder } from './builder.ts';
import type { TrafficContext } from './context.ts';
import { closeUnattended, personPart } from './person-part.ts';
import { AGENTS, DEPARTMENT_NAMES, REFERRERS, USER_AGENTS } from './phrases.ts';
import { askableKb } from './questions.ts';
import { seededRandom, type Random } from './random.ts';
import { dayWeight, spread, startsInDay } from './shape.ts';
import type { PlannedConversation, Staff, TrafficBatch } from './types.ts';

export interface TrafficOptions {
  seed: number;
  /** First and last day, `YYYY-MM-DD`, both inclusive, in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
  /** Conversations on an average day … */
  perDay?: number;
  /** … or exactly this many over the whole range. */
  total?: number;
  /** The published knowledge base visitors ask about. */
  entries: FaqEntry[];
  /** The desk's; when off, agents work 09:00–21:00 on weekdays and 10:00–18:00 at weekends. */
  hours: BusinessHours;
  staff: Staff;
  /** A live desk's clock: conversations not over by then are left out. */
  now?: Date;
}

const DAY_MS = 86_400_000;

/** The demo desk's departments (those the knowledge base names) and agents, ids from the seed. */
export function planStaff(
  seed: number,
  entries: FaqEntry[],
  general: DepartmentRow,
  at: string,
): Staff {
  const random = seededRandom(seed ^ 0x5eed);
  const named = new Set(entries.flatMap((e) => (e.department ? [e.department] : [])));
  const departments: DepartmentRow[] = [
    general,
    ...Object.entries(DEPARTMENT_NAMES)
      .filter(([id]) => named.has(id))
      .map(([id, n]) => ({ id, nameZh: n.zh, nameEn: n.en, isDefault: false, createdAt: at })),
  ];
  const ids = new Set(departments.map((d) => d.id));
  const agents = AGENTS.map((a) => ({
    id: random.id(),
    name: a.name,
    email: `${a.login}@demo.kefu.local`,
    departments: a.departments
      .map((d) => (d === 'general' ? general.id : d))
      .filter((d) => ids.has(d)),
  }));
  return { departments, agents, defaultDepartmentId: general.id };
}

function staffedBy(hours: BusinessHours, timeZone: string): (ms: number) => boolean {
  if (hours.enabled) return (ms) => isOpen(hours, new Date(ms));
  const read = wallClockReader(timeZone);
  return (ms) => {
    const w = read(ms);
    const weekend = w.day === 0 || w.day === 6;
    return weekend ? w.time >= '10:00' && w.time < '18:00' : w.time >= '09:00' && w.time < '21:00';
  };
}

function hex(random: Random, chars: number): string {
  let s = '';
  while (s.length < chars)
    s += Math.floor(random.next() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  return s.slice(0, chars);
}

function newVisitor(random: Random, lang: Language, createdAt: number): VisitorRow {
  return {
    id: random.id(),
    tokenHash: hex(random, 64),
    lang,
    createdAt: iso(createdAt),
    lastSeenAt: iso(createdAt),
    userAgent: random.pick(USER_AGENTS),
    referrer: random.pick(REFERRERS),
  };
}

/**
 * Realistic traffic for a desk, one day per batch, the same for the same options: visitors
 * (about 80 % Chinese, some returning), their questions to the bot, handoffs with queue waits,
 * chats, transfers, closes, ratings, votes, the questions the bot missed and left messages.
 */
export function* planTraffic(options: TrafficOptions): Generator<TrafficBatch> {
  const random = seededRandom(options.seed);
  const ctx: TrafficContext = {
    random,
    kb: askableKb(options.entries, random),
    staff: options.staff,
    staffed: staffedBy(options.hours, options.timeZone),
    hoursEnabled: options.hours.enabled,
    agentWeight: new Map(options.staff.agents.map((a) => [a.id, 0.6 + random.next()])),
  };
  const now = options.now?.getTime() ?? Infinity;
  const days: { date: string; start: number; end: number; weight: number }[] = [];
  for (let d = options.from; d <= options.to; d = addDays(d, 1)) {
    const start = startOfDay(d, options.timeZone).getTime();
    const end = startOfDay(addDays(d, 1), options.timeZone).getTime();
    const weekday = (wallClock(new Date(start + DAY_MS / 2), options.timeZone).day + 6) % 7;
    days.push({ date: d, start, end, weight: dayWeight(weekday, random) });
  }
  const weights = days.map((d) => d.weight);
  const counts =
    options.total !== undefined
      ? spread(options.total, weights)
      : weights.map((w) => Math.round((options.perDay ?? 100) * w));

  const windowStart = days[0]?.start ?? 0;
  const seen: VisitorRow[] = [];
  const busyUntil = new Map<string, number>();

  for (const [i, day] of days.entries()) {
    const batch: TrafficBatch = { date: day.date, visitors: [], conversations: [] };
    for (const start of startsInDay(day.start, day.end, counts[i] ?? 0, random)) {
      if (start >= now) break;
      let visitor: VisitorRow | null = null;
      let fresh = false;
      if (random.chance(0.28)) {
        const earlier = seen.length > 0 && random.chance(0.5) ? random.pick(seen) : null;
        if (earlier && (busyUntil.get(earlier.id) ?? 0) < start) visitor = earlier;
        else if (!earlier) {
          // Known from before the range: first seen weeks or months ago.
          const before = windowStart - random.int(1, 120) * DAY_MS - random.int(0, 86_399) * 1000;
          visitor = newVisitor(random, random.chance(0.8) ? 'zh-CN' : 'en', before);
          fresh = true;
        }
      }
      if (!visitor) {
        visitor = newVisitor(
          random,
          random.chance(0.8) ? 'zh-CN' : 'en',
          start - random.int(1, 20) * 1000,
        );
        fresh = true;
      }
      const planned = conversation(ctx, visitor, start);
      const end = Date.parse(planned.conversation.updatedAt);
      if (end > now) continue;
      handleLeftMessage(ctx, planned, now);
      if (fresh) {
        batch.visitors.push(visitor);
        seen.push(visitor);
      }
      visitor.lastSeenAt = planned.conversation.updatedAt;
      busyUntil.set(visitor.id, end);
      batch.conversations.push(planned);
    }
    yield batch;
  }
}

function conversation(
  ctx: TrafficContext,
  visitor: VisitorRow,
  start: number,
): PlannedConversation {
  const b = new ConversationBuilder(ctx.random, visitor, visitor.lang, start);
  if (botPart(ctx, b) === 'queued') personPart(ctx, b);
  else closeUnattended(ctx, b, [120, 600]);
  return b.planned;
}

/** Most left messages are followed up the next working day. */
function handleLeftMessage(ctx: TrafficContext, planned: PlannedConversation, now: number) {
  const left = planned.leftMessage;
  if (!left || !ctx.random.chance(0.7)) return;
  const at = Date.parse(left.createdAt) + ctx.random.int(8 * 3600, 20 * 3600) * 1000;
  const agent = ctx.random.pick(ctx.staff.agents);
  if (at > now) return;
  left.handledAt = iso(at);
  left.handledBy = agent.id;
  left.handledNote = left.lang === 'en' ? 'Replied by e-mail' : '已电话回复客户';
}
