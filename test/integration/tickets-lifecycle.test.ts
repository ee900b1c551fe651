import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CloseType, LeftMessage, TicketDetail, TicketNotice } from '../../protocol/index.ts';
import type { CloseInput } from '../../protocol/schemas/agent.ts';
import { createLogger } from '../../server/logger.ts';
import { DomainEvents } from '../../server/services/events.ts';
import { ticketFromClosedChat } from '../../server/services/tickets/create.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { agentAtDesk, heldBy, visitorAsking } from '../helpers/desk.ts';
import {
  leftMessage,
  listFor,
  ok,
  PEOPLE,
  startTicketDesk,
  timelineLines,
  type TicketDesk,
} from '../helpers/tickets.ts';
import { unwrap } from '../helpers/visitor-client.ts';

let desk: TicketDesk;
beforeEach(async () => {
  desk = await startTicketDesk();
});
afterEach(() => desk.close());

/** A console tab of one of the cast that records the ticket notices it is sent. */
async function noticesOf(who: 'mei' | 'li'): Promise<{ tab: ConsoleTab; notices: TicketNotice[] }> {
  const person = PEOPLE[who];
  const cookie = await signIn(desk.server.url, { email: person.email, password: person.password });
  const tab = await ConsoleTab.open(desk.server.url, cookie);
  const notices: TicketNotice[] = [];
  tab.socket.on('ticket.changed', (n) => notices.push(n));
  return { tab, notices };
}

describe('a work order from a left message, through its whole life', () => {
  it('keeps every step, note and reply in the timeline, and refuses a close without a follow-up', async () => {
    const mei = await noticesOf('mei');
    const li = await noticesOf('li');
    const messageId = await leftMessage(desk.server, '我买的杯子碎了，请尽快处理\n订单 7788');
    const made = await desk.call('mei', 'POST', '/api/tickets/from-left-message', {
      leftMessageId: messageId,
      type: 'complaint',
      priority: 'high',
    });
    expect(made.status).toBe(201);
    const id = made.body.ticket.id;
    expect(made.body.ticket).toMatchObject({
      ref: 'GD-2025-00001',
      type: 'complaint',
      priority: 'high',
      status: 'new',
      departmentId: 'general',
      ownerId: 'mei',
      ownerName: 'Mei',
      title: '我买的杯子碎了，请尽快处理',
      description: '我买的杯子碎了，请尽快处理\n订单 7788',
      customerName: '王女士',
      customerContact: '+86 138 0000 0000',
      source: 'left_message',
      leftMessageId: messageId,
      // Complaints are due 3 days after they came in.
      createdAt: '2025-03-01T08:00:00.000Z',
      dueAt: '2025-03-04T08:00:00.000Z',
      overdue: false,
      dueSoon: false,
      version: 1,
    });

    // Asking again (a double click, a retry) gives the same ticket; the message is handled.
    const again = await desk.call('admin', 'POST', '/api/tickets/from-left-message', {
      leftMessageId: messageId,
      type: 'consultation',
    });
    expect(again.status).toBe(200);
    expect(again.body.ticket).toMatchObject({ id, type: 'complaint', version: 1 });
    const handled = await ok<{ leftMessages: LeftMessage[] }>(
      desk,
      'mei',
      'GET',
      '/api/left-messages?status=handled',
    );
    expect(handled.leftMessages).toEqual([
      expect.objectContaining({
        id: messageId,
        handledBy: 'mei',
        handledNote: '工单 Ticket GD-2025-00001',
      }),
    ]);

    const step = (who: 'mei' | 'li' | 'admin', body: Record<string, unknown>) =>
      desk.call(who, 'POST', `/api/tickets/${id}/status`, body);
    let version = 1;
    const next = async (who: 'mei' | 'li', body: Record<string, unknown>) => {
      const res = await step(who, { ...body, version });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      version = res.body.ticket.version;
      return res.body.ticket;
    };

    expect(await next('mei', { action: 'start' })).toMatchObject({ status: 'in_progress' });
    expect(await next('mei', { action: 'escalate', departmentId: 'after-sales' })).toMatchObject({
      status: 'waiting_department',
      departmentId: 'after-sales',
    });
    await vi.waitFor(() =>
      expect(li.notices.map((n) => [n.reason, n.ticket.ref])).toEqual([
        ['escalated', 'GD-2025-00001'],
      ]),
    );

    // A return needs its reason; without one nothing changes.
    const bare = await step('li', { action: 'return', version });
    expect(bare.status).toBe(400);
    expect(bare.body).toMatchObject({ error: { message: 'reason: say why it goes back' } });
    expect(await next('li', { action: 'return', reason: '缺少订单号，请补充' })).toMatchObject({
      status: 'returned',
    });
    await vi.waitFor(() => expect(mei.notices.map((n) => n.reason)).toEqual(['returned']));

    await ok(desk, 'mei', 'POST', `/api/tickets/${id}/notes`, { body: '客户说订单号是 7788' });
    await ok(desk, 'mei', 'POST', `/api/tickets/${id}/replies`, {
      body: '订单号 7788，请售后再看',
      public: false,
    });
    await ok(desk, 'mei', 'POST', `/api/tickets/${id}/replies`, {
      body: '您好，我们已转售后处理',
      public: true,
    });
    await next('mei', { action: 'escalate', departmentId: 'after-sales' });
    expect(
      await next('li', { action: 'resolve', resolution: '补发新杯子，快递 SF123' }),
    ).toMatchObject({ status: 'resolved', resolution: '补发新杯子，快递 SF123' });

    // A complaint closes only after its 回访 (the default setting).
    const early = await step('mei', { action: 'close', version });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      error: {
        code: 'conflict',
        message: 'A complaint is closed only after a follow-up (回访): record it first.',
      },
    });

    const followedUp = await ok(desk, 'mei', 'POST', `/api/tickets/${id}/follow-up`, {
      version,
      method: 'phone',
      result: '客户已收到新杯子',
      satisfaction: 4,
    });
    version = followedUp.ticket.version;
    expect(followedUp.ticket).toMatchObject({
      status: 'followed_up',
      followUp: { method: 'phone', result: '客户已收到新杯子', satisfaction: 4, agentId: 'mei' },
    });
    expect(await next('mei', { action: 'close' })).toMatchObject({
      status: 'closed',
      closedAt: '2025-03-01T08:00:00.000Z',
    });
    const reopened = await next('mei', { action: 'reopen', reason: '客户说杯子又碎了' });
    expect(reopened).toMatchObject({
      status: 'in_progress',
      resolution: null,
      followUp: null,
      closedAt: null,
      version: 9,
    });

    const detail = await ok<TicketDetail>(desk, 'mei', 'GET', `/api/tickets/${id}`);
    expect(timelineLines(detail.timeline)).toEqual([
      'created ·→new by Mei',
      'status new→in_progress by Mei',
      'status in_progress→waiting_department by Mei',
      'status waiting_department→returned by Li',
      'note by Mei',
      'reply by Mei',
      'reply by Mei',
      'status returned→waiting_department by Mei',
      'status waiting_department→resolved by Li',
      'follow_up resolved→followed_up by Mei',
      'status followed_up→closed by Mei',
      'status closed→in_progress by Mei',
    ]);
    expect(detail.timeline.map((e) => e.details)).toEqual([
      {
        source: 'left_message',
        type: 'complaint',
        priority: 'high',
        departmentId: 'general',
        ownerId: 'mei',
        dueAt: '2025-03-04T08:00:00.000Z',
      },
      { action: 'start' },
      { action: 'escalate', fromDepartmentId: 'general', toDepartmentId: 'after-sales' },
      { action: 'return', reason: '缺少订单号，请补充' },
      { body: '客户说订单号是 7788' },
      { body: '订单号 7788，请售后再看', public: false },
      { body: '您好，我们已转售后处理', public: true, messageId: expect.any(String) },
      { action: 'escalate', fromDepartmentId: 'after-sales', toDepartmentId: 'after-sales' },
      { action: 'resolve', resolution: '补发新杯子，快递 SF123' },
      { method: 'phone', result: '客户已收到新杯子', satisfaction: 4 },
      { action: 'close' },
      { action: 'reopen', reason: '客户说杯子又碎了', dueAt: expect.any(String) },
    ]);
    mei.tab.close();
    li.tab.close();
  });

  it('refuses a step the status does not allow, naming where it stands', async () => {
    const made = await ok(desk, 'mei', 'POST', '/api/tickets', {
      type: 'request',
      departmentId: 'general',
      title: '开发票',
    });
    const res = await desk.call('mei', 'POST', `/api/tickets/${made.ticket.id}/status`, {
      action: 'resolve',
      version: 1,
      resolution: '已开',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: {
        code: 'conflict',
        message:
          'This ticket is new: only a ticket that is in progress or waiting for a department can be resolved.',
      },
    });
    const detail = await ok(desk, 'mei', 'GET', `/api/tickets/${made.ticket.id}`);
    expect(detail.ticket).toMatchObject({ status: 'new', version: 1 });
    expect(timelineLines(detail.timeline)).toEqual(['created ·→new by Mei']);
  });
});

describe('a work order from a chat', () => {
  it('is opened when the agent closes a chat as a complaint or for follow-up, and only then', async () => {
    const ann = await agentAtDesk(desk.server, { id: 'ann', name: 'Ann' });
    const annCookie = await signIn(desk.server.url, {
      email: 'ann@kefu.local',
      password: 'ann-password',
    });
    const close = async (type: CloseType, extra: { ticket?: CloseInput['ticket'] } = {}) => {
      const { tab, conversationId } = await visitorAsking(desk.server, '快递三天没动了');
      await heldBy(desk.server, conversationId, 'ann');
      unwrap(
        await ann.call('conversation.close', {
          conversationId,
          type,
          departmentId: 'general',
          tags: [],
          summary: `${type}: 快递延误`,
          ...extra,
        }),
      );
      tab.close();
      return conversationId;
    };
    const complaint = await close('complaint');
    await close('consultation');
    const followUp = await close('suggestion', {
      ticket: { needsFollowUp: true, priority: 'urgent' },
    });

    const res = await fetch(`${desk.server.url}/api/tickets`, { headers: { cookie: annCookie } });
    const list = (await res.json()) as { tickets: TicketDetail['ticket'][] };
    expect(
      list.tickets.map((t) => [t.conversationId, t.type, t.priority, t.ownerId, t.title]),
    ).toEqual([
      [followUp, 'suggestion', 'urgent', 'ann', 'suggestion: 快递延误'],
      [complaint, 'complaint', 'normal', 'ann', 'complaint: 快递延误'],
    ]);

    // One ticket per chat: a close sent again after a failure finds the ticket already there.
    const agent = (await desk.server.store.agents.get('ann'))!;
    const conversation = (await desk.server.store.conversations.get(complaint))!;
    const events = new DomainEvents(createLogger('silent'));
    const deps = { store: desk.server.store, clock: desk.server.clock, events };
    const again = await ticketFromClosedChat(deps, agent, conversation, {
      type: 'complaint',
      priority: 'normal',
      departmentId: 'general',
      summary: 'again',
    });
    expect(again.ticket.id).toBe(list.tickets[1]!.id);
    expect((await listFor(desk, 'admin')).total).toBe(2);
    ann.close();
  });
});
