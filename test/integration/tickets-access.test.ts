import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TicketDetail } from '../../protocol/index.ts';
import {
  listFor,
  meisTicket,
  ok,
  startTicketDesk,
  timelineLines,
  type Person,
  type TicketDesk,
} from '../helpers/tickets.ts';

let desk: TicketDesk;
beforeAll(async () => {
  desk = await startTicketDesk();
  // Li works After-sales, and also receives Sales' tickets without working its chats.
  await ok(desk, 'admin', 'PUT', '/api/admin/ticket-contacts/sales', { agentIds: ['li'] });
});
afterAll(() => desk.close());

const status = (who: Person, id: string, body: Record<string, unknown>) =>
  desk.call(who, 'POST', `/api/tickets/${id}/status`, body);

async function walk(id: string, steps: [Person, Record<string, unknown>][]): Promise<number> {
  let version = 1;
  for (const [who, body] of steps) {
    const res = await status(who, id, { ...body, version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    version = res.body.ticket.version;
  }
  return version;
}

describe('who sees a work order', () => {
  it('is its owner, its department and the department’s contacts; others find nothing', async () => {
    const general = await meisTicket(desk);
    const sales = await ok(desk, 'admin', 'POST', '/api/tickets', {
      type: 'request',
      departmentId: 'sales',
      ownerId: null,
      title: '报价单',
    });
    const visible = async (who: Person) =>
      (await listFor(desk, who)).tickets.map((t) => t.ref).sort();
    expect(await visible('mei')).toEqual([general.ticket.ref]);
    expect(await visible('li')).toEqual([sales.ticket.ref]);
    expect(await visible('sam')).toEqual([sales.ticket.ref]);
    expect(await visible('admin')).toEqual([general.ticket.ref, sales.ticket.ref]);
    const unowned = await listFor(desk, 'admin', '?unowned=true');
    expect(unowned.tickets.map((t) => t.ref)).toEqual([sales.ticket.ref]);

    // Reading one reads like a ticket that does not exist, so references cannot be probed.
    for (const who of ['li', 'sam'] as const) {
      const res = await desk.call(who, 'GET', `/api/tickets/${general.ticket.id}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: { code: 'not_found', message: 'No such ticket.' } });
      const note = await desk.call(who, 'POST', `/api/tickets/${general.ticket.id}/notes`, {
        body: 'x',
      });
      expect(note.status).toBe(404);
    }

    // Sent to After-sales, Li (its contact) sees it; Sam still does not.
    await walk(general.ticket.id, [['mei', { action: 'escalate', departmentId: 'after-sales' }]]);
    expect(await visible('li')).toEqual([general.ticket.ref, sales.ticket.ref].sort());
    expect((await desk.call('sam', 'GET', `/api/tickets/${general.ticket.id}`)).status).toBe(404);
  });
});

describe('who may do what', () => {
  it('lets only the owner or an admin close, whatever the others may do', async () => {
    const { ticket } = await meisTicket(desk);
    const version = await walk(ticket.id, [
      ['mei', { action: 'escalate', departmentId: 'after-sales' }],
      ['li', { action: 'resolve', resolution: '已补发' }],
    ]);
    await ok(desk, 'mei', 'POST', `/api/tickets/${ticket.id}/follow-up`, {
      version,
      method: 'sms',
      result: '已收到',
      satisfaction: 5,
    });
    const byContact = await status('li', ticket.id, { action: 'close', version: version + 1 });
    expect(byContact.status).toBe(403);
    expect(byContact.body).toEqual({
      error: {
        code: 'forbidden',
        message: "Only the ticket's owner or an admin can close this ticket.",
      },
    });
    const byAdmin = await status('admin', ticket.id, { action: 'close', version: version + 1 });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.ticket.status).toBe('closed');
  });

  it('lets a department’s contact return and resolve, but not start or close, someone else’s ticket', async () => {
    const { ticket } = await meisTicket(desk);
    await walk(ticket.id, [['mei', { action: 'escalate', departmentId: 'after-sales' }]]);
    const start = await status('li', ticket.id, { action: 'reopen', version: 2, reason: 'x' });
    expect(start.status).toBe(403);
    const returned = await status('li', ticket.id, {
      action: 'return',
      version: 2,
      reason: '不归我们',
    });
    expect(returned.status).toBe(200);
    // Only an agent of the department may take a ticket nobody owns; Mei hands hers to nobody.
    const pooled = await ok(desk, 'mei', 'POST', `/api/tickets/${ticket.id}/assign`, {
      version: 3,
      ownerId: null,
      departmentId: 'sales',
    });
    expect(pooled.ticket).toMatchObject({ ownerId: null, departmentId: 'sales', version: 4 });
    expect((await desk.call('mei', 'GET', `/api/tickets/${ticket.id}`)).status).toBe(404);
    const taken = await ok(desk, 'sam', 'POST', `/api/tickets/${ticket.id}/assign`, {
      version: 4,
      ownerId: 'sam',
    });
    expect(taken.ticket).toMatchObject({ ownerId: 'sam', ownerName: 'Sam' });
    expect(taken.timeline.at(-1)).toMatchObject({
      kind: 'assigned',
      actor: { id: 'sam', name: 'Sam' },
      details: {
        fromOwnerId: null,
        toOwnerId: 'sam',
        fromDepartmentId: 'sales',
        toDepartmentId: 'sales',
        note: null,
      },
    });
  });
});

describe('two agents acting on one ticket at once', () => {
  it('lets the first win and tells the second to reload; nothing is lost or half-done', async () => {
    const { ticket } = await meisTicket(desk);
    const version = await walk(ticket.id, [['mei', { action: 'start' }]]);
    const [resolve, escalate] = await Promise.all([
      status('mei', ticket.id, { action: 'resolve', version, resolution: '退款已办' }),
      status('admin', ticket.id, { action: 'escalate', version, departmentId: 'after-sales' }),
    ]);
    const outcomes = [resolve.status, escalate.status].sort();
    expect(outcomes).toEqual([200, 409]);
    const loser = resolve.status === 409 ? resolve : escalate;
    expect(loser.body).toMatchObject({
      error: { code: 'conflict', message: expect.stringContaining('Reload it') },
    });

    // Notes do not race with anything: both land.
    const notes = await Promise.all(
      (['mei', 'admin'] as const).map((who) =>
        desk.call(who, 'POST', `/api/tickets/${ticket.id}/notes`, { body: `note by ${who}` }),
      ),
    );
    expect(notes.map((n) => n.status)).toEqual([201, 201]);

    const detail = await ok<TicketDetail>(desk, 'admin', 'GET', `/api/tickets/${ticket.id}`);
    const winner =
      resolve.status === 200
        ? 'status in_progress→resolved by Mei'
        : 'status in_progress→waiting_department by Admin';
    expect(detail.ticket.version).toBe(version + 1);
    expect(timelineLines(detail.timeline).slice(0, 3)).toEqual([
      'created ·→new by Mei',
      'status new→in_progress by Mei',
      winner,
    ]);
    expect(
      detail.timeline
        .slice(3)
        .map((e) => e.details.body)
        .sort(),
    ).toEqual(['note by admin', 'note by mei']);
  });
});

describe('priority, due time and departments', () => {
  it('keeps each change of priority and due time in the timeline, and refuses one that changes nothing', async () => {
    const { ticket } = await meisTicket(desk);
    const body = { version: 1, priority: 'urgent', dueAt: '2025-03-02T08:00:00+08:00' };
    expect((await desk.call('sam', 'PUT', `/api/tickets/${ticket.id}`, body)).status).toBe(404);
    const changed = await ok(desk, 'mei', 'PUT', `/api/tickets/${ticket.id}`, body);
    expect(changed.ticket).toMatchObject({
      priority: 'urgent',
      dueAt: '2025-03-02T00:00:00.000Z',
      version: 2,
    });
    expect(changed.timeline.at(-1)).toMatchObject({
      kind: 'updated',
      actor: { id: 'mei', name: 'Mei' },
      details: {
        priority: { from: 'normal', to: 'urgent' },
        dueAt: { from: ticket.dueAt, to: '2025-03-02T00:00:00.000Z' },
      },
    });
    const same = await desk.call('mei', 'PUT', `/api/tickets/${ticket.id}`, {
      ...body,
      version: 2,
    });
    expect(same.status).toBe(400);
    expect((await ok(desk, 'mei', 'GET', `/api/tickets/${ticket.id}`)).timeline).toHaveLength(2);
  });

  it('keep a department with tickets from being deleted', async () => {
    await ok(desk, 'admin', 'POST', '/api/admin/departments', {
      id: 'returns',
      nameZh: '退货',
      nameEn: 'Returns',
    });
    await ok(desk, 'admin', 'PUT', '/api/admin/ticket-contacts/returns', { agentIds: ['mei'] });
    await ok(desk, 'admin', 'POST', '/api/tickets', {
      type: 'request',
      departmentId: 'returns',
      title: '退货地址',
    });
    const res = await desk.call('admin', 'DELETE', '/api/admin/departments/returns');
    expect(res.status).toBe(409);
    const unknownAgent = await desk.call('admin', 'PUT', '/api/admin/ticket-contacts/returns', {
      agentIds: ['mei', 'nobody'],
    });
    expect(unknownAgent.status).toBe(400);
    expect(await ok(desk, 'admin', 'GET', '/api/admin/ticket-contacts')).toEqual({
      contacts: [
        { departmentId: 'after-sales', agentIds: ['li'] },
        { departmentId: 'returns', agentIds: ['mei'] },
        { departmentId: 'sales', agentIds: ['li'] },
      ],
    });
  });
});
