import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  MonthlyReport,
  ReportTicketFigures,
  TicketDetail,
  TicketType,
} from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { PEOPLE, startTicketDesk, type Person, type TicketDesk } from '../helpers/tickets.ts';

let desk: TicketDesk;
const tickets = new Map<string, TicketDetail>();

/** A console call that must succeed. Signed in afresh: the month outlasts a 7-day session. */
async function call<T = TicketDetail>(
  who: Person,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const account = who === 'admin' ? undefined : PEOPLE[who];
  const cookie = await signIn(
    desk.server.url,
    account && { email: account.email, password: account.password },
  );
  const res = await consoleRequest(desk.server.url, method, path, cookie, body);
  const answer: unknown = await res.json();
  expect(res.status, JSON.stringify(answer)).toBeLessThan(300);
  return answer as T;
}

/** Moves the fake clock to `iso`. */
function passTo(iso: string): void {
  const now = desk.server.clock.now().getTime();
  expect(Date.parse(iso)).toBeGreaterThan(now);
  desk.server.clock.advance(Date.parse(iso) - now);
}

async function create(name: string, type: TicketType): Promise<void> {
  const body = { type, departmentId: 'general', title: `${name}: ${type}`, description: name };
  tickets.set(name, await call('mei', 'POST', '/api/tickets', body));
}

function current(name: string): TicketDetail {
  const found = tickets.get(name);
  if (!found) throw new Error(`no ticket ${name}`);
  return found;
}

/** A lifecycle step on the ticket as last seen, which must succeed. */
async function step(who: Person, name: string, body: Record<string, unknown>): Promise<void> {
  const { ticket } = current(name);
  const path = `/api/tickets/${ticket.id}/status`;
  tickets.set(name, await call(who, 'POST', path, { version: ticket.version, ...body }));
}

async function followUp(name: string): Promise<void> {
  const { ticket } = current(name);
  const path = `/api/tickets/${ticket.id}/follow-up`;
  const body = { version: ticket.version, method: 'phone', result: '客户满意', satisfaction: 5 };
  tickets.set(name, await call('mei', 'POST', path, body));
}

const report = async (month: string) =>
  (await call<MonthlyReport>('admin', 'GET', `/api/reports?month=${month}`)).tickets;

const DAY_S = 86_400;
const none = { consultation: 0, suggestion: 0, opinion: 0, complaint: 0, request: 0 };

/**
 * Mei's tickets, all made in general, on a fake clock that starts Saturday 1 March 2025, 16:00
 * in Shanghai (08:00 UTC), the desk's time zone; March ends 31 March 16:00 UTC. Complaints need
 * a 回访; deadlines are the defaults (consultation 48 h, suggestion and opinion 168 h,
 * complaint 72 h, request 120 h).
 */
beforeAll(async () => {
  desk = await startTicketDesk();
  // 1 March: A (complaint), B (consultation), C (request, sent to 售后 at once).
  await create('A', 'complaint');
  await create('B', 'consultation');
  await create('C', 'request');
  await step('mei', 'A', { action: 'start' });
  await step('mei', 'B', { action: 'start' });
  await step('mei', 'C', { action: 'escalate', departmentId: 'after-sales' });
  // 2 March: A resolved after a day, followed up and closed; 售后 returns C.
  passTo('2025-03-02T08:00:00.000Z');
  await step('mei', 'A', { action: 'resolve', resolution: '已补发' });
  await followUp('A');
  await step('mei', 'A', { action: 'close' });
  await step('li', 'C', { action: 'return', reason: '缺少订单号' });
  // 5 March: B resolved after 4 days (due after 2); C sent again.
  passTo('2025-03-05T08:00:00.000Z');
  await step('mei', 'B', { action: 'resolve', resolution: '已答复' });
  await step('mei', 'C', { action: 'escalate', departmentId: 'after-sales' });
  // 10 March 售后 resolves C, 12 March Mei reopens it: that resolution no longer counts.
  passTo('2025-03-10T08:00:00.000Z');
  await step('li', 'C', { action: 'resolve', resolution: '已退款' });
  passTo('2025-03-12T08:00:00.000Z');
  await step('mei', 'C', { action: 'reopen', reason: '退款未到账' });
  // 20 March: E (complaint, due the 23rd) is left untouched.
  passTo('2025-03-20T08:00:00.000Z');
  await create('E', 'complaint');
  // 31 March, 12:00 in Shanghai: D (suggestion, due 7 April 12:00).
  passTo('2025-03-31T04:00:00.000Z');
  await create('D', 'suggestion');
  // 2 April: C resolved again, 32 days after it was made; F (opinion) and G (complaint) made.
  passTo('2025-04-02T08:00:00.000Z');
  await step('mei', 'C', { action: 'resolve', resolution: '已重新退款' });
  await create('F', 'opinion');
  await create('G', 'complaint');
  // 3 April: D resolved and followed up though it need not be; G resolved, no follow-up yet.
  passTo('2025-04-03T08:00:00.000Z');
  await step('mei', 'D', { action: 'start' });
  await step('mei', 'D', { action: 'resolve', resolution: '已采纳' });
  await followUp('D');
  await step('mei', 'G', { action: 'start' });
  await step('mei', 'G', { action: 'resolve', resolution: '已道歉' });
}, 120_000);
afterAll(async () => {
  await desk?.close();
});

const MARCH: ReportTicketFigures = {
  created: 5, // A B C E D
  resolved: 2, // A, B (C's March resolution was undone)
  resolvedOnTime: 1, // A
  onTimeShare: 0.5,
  resolutionAverage: (1 * DAY_S + 4 * DAY_S) / 2,
  resolutionP50: 1 * DAY_S,
  followUpBase: 1, // A, a complaint
  followedUp: 1,
  followUpRate: 1,
  returned: 1,
  reopened: 1,
  openAtEnd: 3, // C in progress, E and D new
  overdueAtEnd: 2, // C (due 6 March), E (due 23 March)
};

describe('work orders in the monthly report', () => {
  it('counts March: created by type and department, resolutions, returns and what was left open', async () => {
    const march = await report('2025-03');
    expect(march.figures).toEqual(MARCH);
    // Nothing before March: February is all zeros, nothing open at its end.
    expect(march.previous).toMatchObject({
      created: 0,
      resolved: 0,
      openAtEnd: 0,
      onTimeShare: null,
    });
    expect(march.types).toEqual({
      ...none,
      complaint: 2,
      consultation: 1,
      suggestion: 1,
      request: 1,
    });
    // C is counted with 售后, the department it is with now.
    expect(march.departments).toEqual([
      {
        id: 'general',
        nameZh: expect.any(String),
        nameEn: expect.any(String),
        created: 4,
        byType: { ...none, complaint: 2, consultation: 1, suggestion: 1 },
      },
      {
        id: 'after-sales',
        nameZh: '售后',
        nameEn: 'After-sales',
        created: 1,
        byType: { ...none, request: 1 },
      },
    ]);
  });

  it('counts April so far against March: the reopened ticket resolves in April, open means open now', async () => {
    const april = await report('2025-04');
    expect(april.previous).toEqual(MARCH);
    expect(april.figures).toEqual({
      created: 2, // F, G
      resolved: 3, // C, D, G
      resolvedOnTime: 2, // D (due 7 April), G (due 5 April); C was due 6 March
      onTimeShare: 2 / 3,
      resolutionAverage: (32 * DAY_S + (3 * DAY_S + 4 * 3600) + DAY_S) / 3,
      resolutionP50: 3 * DAY_S + 4 * 3600, // D
      followUpBase: 2, // D (followed up anyway), G (a complaint)
      followedUp: 1,
      followUpRate: 0.5,
      returned: 0,
      reopened: 0,
      openAtEnd: 2, // E and F, now
      overdueAtEnd: 1, // E; F is due 9 April, still ahead
    });
    expect(april.types).toEqual({ ...none, opinion: 1, complaint: 1 });
  });
});
