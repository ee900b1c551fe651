import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaqIndex } from '../../knowledge/index.ts';
import { demoFaqEntries } from '../../knowledge/demo/index.ts';
import type { MonthlyReport } from '../../protocol/index.ts';
import { ConversationBuilder } from '../../scripts/traffic/builder.ts';
import { planStaff, planTraffic } from '../../scripts/traffic/plan.ts';
import { seededRandom } from '../../scripts/traffic/random.ts';
import type { PlannedConversation, Staff } from '../../scripts/traffic/types.ts';
import { writeStaff, writeTraffic } from '../../scripts/traffic/write.ts';
import type { Clock } from '../../server/clock.ts';
import { defaultDeskSettings, saveDeskSettings } from '../../server/services/desk/settings.ts';
import { loadFaqIndex } from '../../server/services/faq/bootstrap.ts';
import { buildReport } from '../../server/services/reports/build-report.ts';
import { openStore, type StoreLocation } from '../../server/store/open.ts';
import type { Store } from '../../server/store/types.ts';
import { expectedReport, type ExpectedReport } from '../helpers/report-expected.ts';
import { testStoreLocation } from '../helpers/test-database.ts';

const SHANGHAI = 'Asia/Shanghai';
const clock: Clock = { now: () => new Date('2026-12-01T00:00:00.000Z') };
const entries = demoFaqEntries();

let dir: string;
let where: StoreLocation;
let store: Store;
let faq: FaqIndex;
let staff: Staff;
let planned: PlannedConversation[];

async function setTimeZone(timeZone: string) {
  const desk = defaultDeskSettings();
  await saveDeskSettings(
    { store, clock },
    { ...desk, businessHours: { ...desk.businessHours, timeZone } },
  );
}

const report = (month: string) => buildReport({ store, faq, clock }, { month });

/** Every fraction to within 1e-9; counts, names and dates exactly. */
function approx<T>(value: T): T {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    return expect.closeTo(value, 9) as T;
  }
  if (Array.isArray(value)) return value.map(approx) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, approx(v)])) as T;
  }
  return value;
}

const byId = <T extends { id: string | null }>(list: T[]) =>
  [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));

function nonIncreasing(values: number[]) {
  expect(values).toEqual([...values].sort((a, b) => b - a));
}

function expectFigures(actual: MonthlyReport, expected: ExpectedReport) {
  expect(actual.headline).toEqual(approx(expected.headline));
  expect(actual.previous).toEqual(approx(expected.previous));
  expect(actual.daily).toEqual(expected.daily);
  expect(actual.heatmap).toEqual(expected.heatmap);
  expect(actual.types).toEqual(expected.types);

  // The bot's own row is named by the report; every figure of it is checked.
  const unnamed = (list: MonthlyReport['departments']) =>
    byId(list).map((d) => (d.id === null ? { ...d, nameZh: '', nameEn: '' } : d));
  expect(unnamed(actual.departments)).toEqual(approx(unnamed(expected.departments)));
  nonIncreasing(actual.departments.map((d) => d.conversations));

  expect(byId(actual.agents)).toEqual(approx(byId(expected.agents)));
  nonIncreasing(actual.agents.map((a) => a.chats));

  // The 20 most answered; which of equally answered entries make the cut is the report's choice.
  const top = [...expected.questions].sort((a, b) => b.hits - a.hits).slice(0, 20);
  expect(actual.topQuestions.map((q) => q.hits)).toEqual(top.map((q) => q.hits));
  const questions = new Map(expected.questions.map((q) => [q.faqId, q]));
  for (const q of actual.topQuestions) expect(q).toEqual(questions.get(q.faqId));

  expect(actual.satisfaction.distribution).toEqual(expected.distribution);
  expect(actual.satisfaction.comments).toEqual(expected.comments);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kefu-reconcile-'));
  where = await testStoreLocation(dir);
  store = await openStore(where, clock);
  faq = await loadFaqIndex({ store, clock }, entries);
  await setTimeZone(SHANGHAI);
  const general = await store.departments.getDefault();
  if (!general) throw new Error('no default department');
  staff = planStaff(20260301, entries, general, '2026-01-01T00:00:00.000Z');
  await writeStaff(store, staff, '2026-01-01T00:00:00.000Z');
  const batches = [
    ...planTraffic({
      seed: 20260301,
      from: '2026-01-29',
      to: '2026-04-02',
      timeZone: SHANGHAI,
      perDay: 9,
      entries,
      hours: defaultDeskSettings().businessHours,
      staff,
    }),
  ];
  await writeTraffic(where, batches);
  planned = batches.flatMap((b) => b.conversations);
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the monthly report against figures worked out from the generated traffic', () => {
  it('has a month of realistic traffic to check', () => {
    const march = planned.filter((p) => p.conversation.createdAt.startsWith('2026-03'));
    expect(march.length).toBeGreaterThan(200);
    expect(march.some((p) => p.conversation.rating !== null)).toBe(true);
    expect(march.some((p) => p.conversation.transferredAt !== null)).toBe(true);
    expect(march.some((p) => p.leftMessage !== null)).toBe(true);
  });

  it('agrees on every figure of a month and of the month before', async () => {
    const actual = await report('2026-03');
    expect(actual.period).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      month: '2026-03',
      timeZone: SHANGHAI,
    });
    expect(actual.previousPeriod.month).toBe('2026-02');
    expect(actual.settings.pickUpSeconds).toBe(20);
    const leftMessages = planned.flatMap((p) => (p.leftMessage ? [p.leftMessage] : []));
    const expected = expectedReport({
      conversations: planned,
      leftMessages,
      staff,
      entries,
      month: '2026-03',
      timeZone: SHANGHAI,
      pickUpSeconds: 20,
    });
    expectFigures(actual, expected);
  });

  it('finds nothing in a month without traffic, and says so with zeros and no shares', async () => {
    const actual = await report('2025-06');
    expect(actual.headline.conversations).toBe(0);
    expect(actual.headline.handoffRate).toBeNull();
    expect(actual.headline.queueWaitP50).toBeNull();
    expect(actual.headline.satisfiedShare).toBeNull();
    expect(actual.daily).toHaveLength(30);
    expect(actual.topQuestions).toEqual([]);
    expect(actual.agents).toEqual([]);
    expectFigures(
      actual,
      expectedReport({
        conversations: planned,
        leftMessages: [],
        staff,
        entries,
        month: '2025-06',
        timeZone: SHANGHAI,
        pickUpSeconds: 20,
      }),
    );
  });
});

describe("month boundaries in the desk's time zone", () => {
  const at = '2026-10-31T16:30:00.000Z';

  beforeAll(async () => {
    // One visitor asks one question at 00:30 on 1 November in Shanghai: 16:30 on 31 October UTC.
    const random = seededRandom(31);
    const visitor = {
      id: random.id(),
      tokenHash: 'f'.repeat(64),
      lang: 'zh-CN' as const,
      createdAt: at,
      lastSeenAt: at,
      userAgent: null,
      referrer: null,
    };
    const entry = entries.find((e) => e.lang === 'zh-CN');
    if (!entry) throw new Error('no Chinese entry in the demo knowledge base');
    const b = new ConversationBuilder(random, visitor, 'zh-CN', Date.parse(at));
    const question = b.say('visitor', 'text', entry.question);
    b.say('bot', 'answer', entry.answer, { faqId: entry.id, replyTo: question });
    await writeTraffic(where, [
      { date: '2026-11-01', visitors: [visitor], conversations: [b.planned] },
    ]);
  });

  afterAll(() => setTimeZone(SHANGHAI));

  it('counts a conversation at 2026-10-31T16:30Z for November in Asia/Shanghai', async () => {
    await setTimeZone(SHANGHAI);
    const [november, october] = [await report('2026-11'), await report('2026-10')];
    expect(november.headline.conversations).toBe(1);
    expect(november.headline.newVisitors).toBe(1);
    expect(november.daily[0]).toEqual({
      date: '2026-11-01',
      conversations: 1,
      visitorMessages: 1,
      handoffs: 0,
      botOnly: 1,
    });
    // 1 November 2026 is a Sunday: the last row, hour 0.
    expect(november.heatmap[6]?.[0]).toBe(1);
    expect(november.topQuestions.map((q) => q.hits)).toEqual([1]);
    expect(october.headline.conversations).toBe(0);
    expect(october.topQuestions).toEqual([]);
  });

  it('counts the same conversation for October in UTC', async () => {
    await setTimeZone('UTC');
    const [november, october] = [await report('2026-11'), await report('2026-10')];
    expect(october.period.timeZone).toBe('UTC');
    expect(october.headline.conversations).toBe(1);
    expect(october.daily[30]).toEqual({
      date: '2026-10-31',
      conversations: 1,
      visitorMessages: 1,
      handoffs: 0,
      botOnly: 1,
    });
    // 31 October 2026 is a Saturday, 16:30 UTC.
    expect(october.heatmap[5]?.[16]).toBe(1);
    expect(november.headline.conversations).toBe(0);
    expect(november.previous.conversations).toBe(1);
  });
});
