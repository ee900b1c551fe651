import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  OverdueTickets,
  TicketDetail,
  TicketList,
  TicketNotice,
} from '../../protocol/index.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import {
  DAY_MS,
  HOUR_MS,
  listFor,
  meisTicket,
  ok,
  PEOPLE,
  startTicketDesk,
  type TicketDesk,
} from '../helpers/tickets.ts';

/**
 * A scripted week on the fake clock (it starts 2025-03-01T08:00Z). Deadlines are the
 * defaults: consultation 48 h, complaint 72 h, request 120 h; due soon within 24 h.
 */
let desk: TicketDesk;
interface Watched {
  tab: ConsoleTab;
  notices: TicketNotice[];
}
let tabs: Record<'mei' | 'li', Watched>;

/** A console tab of one of the cast, recording the ticket notices it is sent. */
async function watch(who: 'mei' | 'li'): Promise<Watched> {
  const person = PEOPLE[who];
  const cookie = await signIn(desk.server.url, { email: person.email, password: person.password });
  const tab = await ConsoleTab.open(desk.server.url, cookie);
  const notices: TicketNotice[] = [];
  tab.socket.on('ticket.changed', (n) => notices.push(n));
  return { tab, notices };
}

beforeAll(async () => {
  desk = await startTicketDesk();
  tabs = { mei: await watch('mei'), li: await watch('li') };
});
afterAll(async () => {
  tabs.mei.tab.close();
  tabs.li.tab.close();
  await desk.close();
});

/**
 * Moves the clock in steps of at most 6 hours, as a desk's day passes: the deadline check runs
 * at each step, and the consoles and sign-ins stay in use (they end after 12 idle hours).
 */
async function pass(ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 6 * HOUR_MS) {
    desk.server.clock.advance(Math.min(left, 6 * HOUR_MS));
    for (const { tab } of Object.values(tabs)) await tab.call('directory.get', {});
    await desk.keepAlive();
  }
}

const overdueRefs = async () => {
  const list = await ok<OverdueTickets>(desk, 'admin', 'GET', '/api/admin/tickets/overdue');
  return { at: list.at, refs: list.tickets.map((t) => t.ref) };
};
const refs = (list: TicketList) => list.tickets.map((t) => t.ref);
const notices = (who: 'mei' | 'li') => tabs[who].notices.map((n) => `${n.reason} ${n.ticket.ref}`);

describe('deadlines on a fake clock', () => {
  it('put exactly the scripted tickets on the overdue list, and warn owner and contact once', async () => {
    // 03-01 08:00: A complaint (due 03-04 08:00), B consultation (due 03-03 08:00), and Li's
    // own request C in After-sales (due 03-06 08:00).
    const a = (await meisTicket(desk)).ticket;
    const b = (await meisTicket(desk, { type: 'consultation', title: '发票抬头' })).ticket;
    const c = (
      await ok(desk, 'li', 'POST', '/api/tickets', {
        type: 'request',
        departmentId: 'after-sales',
        title: '上门取件',
      })
    ).ticket;
    expect([a.dueAt, b.dueAt, c.dueAt]).toEqual([
      '2025-03-04T08:00:00.000Z',
      '2025-03-03T08:00:00.000Z',
      '2025-03-06T08:00:00.000Z',
    ]);
    await pass(HOUR_MS);
    // 09:00: D, another consultation, due 03-03 09:00.
    const d = (await meisTicket(desk, { type: 'consultation', title: '改地址' })).ticket;

    // 03-02 14:00: B and D are due within 24 h; nothing is overdue.
    await pass(29 * HOUR_MS);
    expect(await overdueRefs()).toEqual({ at: '2025-03-02T14:00:00.000Z', refs: [] });
    expect(refs(await listFor(desk, 'mei', '?due=soon'))).toEqual([b.ref, d.ref]);
    await vi.waitFor(() =>
      expect(notices('mei')).toEqual([`due_soon ${b.ref}`, `due_soon ${d.ref}`]),
    );
    // Mei settles D in time; A goes to After-sales.
    let version = (
      await ok(desk, 'mei', 'POST', `/api/tickets/${d.id}/status`, { action: 'start', version: 1 })
    ).ticket.version;
    await ok(desk, 'mei', 'POST', `/api/tickets/${d.id}/status`, {
      action: 'resolve',
      version,
      resolution: '已改',
    });
    await ok(desk, 'mei', 'POST', `/api/tickets/${a.id}/status`, {
      action: 'escalate',
      version: 1,
      departmentId: 'after-sales',
    });

    // 03-03 10:00: B is overdue; D was resolved in time; A is due within 24 h.
    await pass(20 * HOUR_MS);
    expect(await overdueRefs()).toEqual({ at: '2025-03-03T10:00:00.000Z', refs: [b.ref] });
    expect(refs(await listFor(desk, 'li', '?due=soon'))).toEqual([a.ref]);
    await vi.waitFor(() =>
      expect(notices('mei').slice(2)).toEqual([`overdue ${b.ref}`, `due_soon ${a.ref}`]),
    );

    // 03-04 16:00: A is overdue too; Li hears as After-sales' contact, Mei as its owner.
    await pass(30 * HOUR_MS);
    expect(await overdueRefs()).toEqual({ at: '2025-03-04T16:00:00.000Z', refs: [b.ref, a.ref] });
    await vi.waitFor(() => expect(notices('mei').slice(4)).toEqual([`overdue ${a.ref}`]));

    // 03-06 18:00: Li's own C is late as well (she owns it and receives After-sales' tickets:
    // one notice each time). Then Mei resolves B: it leaves the list.
    await pass(2 * DAY_MS + 2 * HOUR_MS);
    expect(await overdueRefs()).toEqual({
      at: '2025-03-06T18:00:00.000Z',
      refs: [b.ref, a.ref, c.ref],
    });
    expect(refs(await listFor(desk, 'mei', '?due=overdue'))).toEqual([b.ref, a.ref]);
    expect(refs(await listFor(desk, 'sam', '?due=overdue'))).toEqual([]);
    version = (
      await ok(desk, 'mei', 'POST', `/api/tickets/${b.id}/status`, { action: 'start', version: 1 })
    ).ticket.version;
    await ok(desk, 'mei', 'POST', `/api/tickets/${b.id}/status`, {
      action: 'resolve',
      version,
      resolution: '已开票',
    });
    expect((await overdueRefs()).refs).toEqual([a.ref, c.ref]);

    expect(notices('li')).toEqual([
      `escalated ${a.ref}`,
      `due_soon ${a.ref}`,
      `overdue ${a.ref}`,
      `due_soon ${c.ref}`,
      `overdue ${c.ref}`,
    ]);
    expect(notices('mei')).toEqual([
      `due_soon ${b.ref}`,
      `due_soon ${d.ref}`,
      `overdue ${b.ref}`,
      `due_soon ${a.ref}`,
      `overdue ${a.ref}`,
    ]);
    // Each warning is in the timeline once, by Kefu, however often the check ran.
    const timeline = await ok<TicketDetail>(desk, 'admin', 'GET', `/api/tickets/${a.id}`);
    expect(timeline.timeline.map((e) => [e.kind, e.actor?.name ?? 'Kefu', e.at])).toEqual([
      ['created', 'Mei', '2025-03-01T08:00:00.000Z'],
      ['status', 'Mei', '2025-03-02T14:00:00.000Z'],
      ['due_soon', 'Kefu', '2025-03-03T08:00:00.000Z'],
      ['overdue', 'Kefu', '2025-03-04T10:00:00.000Z'],
    ]);
  });

  it('give a reopened ticket a deadline of its own from then, warned about afresh', async () => {
    // Consultations now get 20 h (the sign-ins of this week end on 03-08 08:00).
    const settings = await ok<{ tickets: { deadlineHours: Record<string, number> } }>(
      desk,
      'admin',
      'GET',
      '/api/settings',
    );
    const { tickets } = settings;
    await ok(desk, 'admin', 'PUT', '/api/settings', {
      ...settings,
      tickets: { ...tickets, deadlineHours: { ...tickets.deadlineHours, consultation: 20 } },
    });
    // 03-06 18:00: the customer calls back: B, resolved late, is reopened.
    const [b] = (await listFor(desk, 'mei', '?status=resolved')).tickets.filter(
      (t) => t.title === '发票抬头',
    );
    if (!b) throw new Error('B is not resolved');
    const reopened = await ok(desk, 'mei', 'POST', `/api/tickets/${b.id}/status`, {
      action: 'reopen',
      version: b.version,
      reason: '客户说抬头还是错的',
    });
    expect(reopened.ticket.dueAt).toBe('2025-03-07T14:00:00.000Z');
    expect(reopened.timeline.at(-1)?.details).toMatchObject({ dueAt: '2025-03-07T14:00:00.000Z' });
    expect((await overdueRefs()).refs).not.toContain(b.ref);

    // Due within 24 h at once, overdue again after 20 h: one new warning each.
    await pass(6 * HOUR_MS);
    await vi.waitFor(() => expect(notices('mei').slice(5)).toEqual([`due_soon ${b.ref}`]));
    await pass(18 * HOUR_MS);
    expect((await overdueRefs()).refs).toContain(b.ref);
    await vi.waitFor(() =>
      expect(notices('mei').slice(5)).toEqual([`due_soon ${b.ref}`, `overdue ${b.ref}`]),
    );
  });
});
