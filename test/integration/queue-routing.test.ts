import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AGENT_NAMESPACE } from '../../protocol/index.ts';
import { AGENT_OFFLINE_GRACE_MS } from '../../server/services/agents/presence.ts';
import { ROUTE_SWEEP_MS } from '../../server/services/queue/route.ts';
import type { ConsoleTab } from '../helpers/agent-client.ts';
import { addDepartment, onlineElsewhere } from '../helpers/console-api.ts';
import { agentAtDesk, heldBy, visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import type { VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
const open: { close(): void }[] = [];
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

async function desk(agent: Parameters<typeof agentAtDesk>[1]): Promise<ConsoleTab> {
  const tab = await agentAtDesk(server, agent);
  open.push(tab);
  return tab;
}

async function asking(): Promise<{ tab: VisitorTab; conversationId: string }> {
  const visitor = await visitorAsking(server);
  open.push(visitor.tab);
  return visitor;
}

describe('the queue', () => {
  it('shows each waiting visitor a live place in line, moving up as agents take chats', async () => {
    await onlineElsewhere(server);
    const first = await asking();
    const second = await asking();
    const third = await asking();
    await vi.waitFor(() => {
      expect(first.tab.queue.at(-1)?.position).toBe(1);
      expect(second.tab.queue.at(-1)?.position).toBe(2);
      expect(third.tab.queue.at(-1)?.position).toBe(3);
    });
    expect(third.tab.state).toMatchObject({ status: 'queued', agentName: null });

    // An agent of the department arrives with room for two: the two longest waiting go first.
    const agent = await desk({ id: 'ann', name: 'Ann', maxChats: 2 });
    await heldBy(server, first.conversationId, 'ann');
    await heldBy(server, second.conversationId, 'ann');
    await vi.waitFor(() => expect(third.tab.queue.at(-1)?.position).toBe(1));
    expect(first.tab.state).toMatchObject({ status: 'active', agentName: 'Ann' });
    expect(first.tab.created.at(-1)).toMatchObject({
      author: 'system',
      body: 'Ann is here to help you.',
    });
    await vi.waitFor(() => expect(agent.assigned.map((c) => c.id)).toHaveLength(2));

    const list = await agent.call('queue.list', {});
    expect(list).toMatchObject({
      ok: true,
      data: { conversations: [{ id: third.conversationId }] },
    });
  });

  it('assigns to the least-loaded online agent under their limit, ties to the one idle longest', async () => {
    await desk({ id: 'a1', maxChats: 2 });
    await desk({ id: 'a2', maxChats: 1 });
    const holders: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const { conversationId } = await asking();
      const row = await vi.waitFor(async () => {
        const c = await server.store.conversations.get(conversationId);
        expect(c?.status).toBe('active');
        return c!;
      });
      holders.push(row.agentId);
      server.clock.advance(1000);
    }
    // Both idle and empty: a1 first (stable order); then a2 has fewer; then only a1 has room.
    expect(holders).toEqual(['a1', 'a2', 'a1']);

    const fourth = await asking();
    await vi.waitFor(() => expect(fourth.tab.queue.at(-1)?.position).toBe(1));
    expect((await server.store.conversations.get(fourth.conversationId))?.status).toBe('queued');
  });

  it('gives a chat to the next agent when the one picked filled up meanwhile (on another node)', async () => {
    await desk({ id: 'a1', maxChats: 1 });
    await desk({ id: 'a2', maxChats: 1 });
    // Between routing's read of the pool and its assignment, a1's last place goes: here its
    // limit is lowered straight in the store, with no event, as another node's write would be.
    const agents = server.store.agents;
    const read = agents.listRoutable.bind(agents);
    let raced = false;
    agents.listRoutable = async (department) => {
      const pool = await read(department);
      if (!raced) {
        raced = true;
        const a1 = await agents.get('a1');
        await agents.update({ ...a1!, maxChats: 0, updatedAt: new Date().toISOString() });
      }
      return pool;
    };
    const { conversationId } = await asking();
    await heldBy(server, conversationId, 'a2');
    expect(raced).toBe(true);
  });

  it('routes a chat again within seconds when a pass failed, with no event to start one', async () => {
    await desk({ id: 'a1' });
    // The database fails routing's first read of the pool (busy, or unreachable for a moment).
    const agents = server.store.agents;
    const read = agents.listRoutable.bind(agents);
    let failures = 0;
    agents.listRoutable = async (department) => {
      if (failures === 0) {
        failures += 1;
        throw new Error('database is locked');
      }
      return read(department);
    };
    const { conversationId } = await asking();
    await vi.waitFor(() => expect(failures).toBe(1));
    expect(await server.store.conversations.get(conversationId)).toMatchObject({
      status: 'queued',
    });
    server.clock.advance(ROUTE_SWEEP_MS);
    await heldBy(server, conversationId, 'a1');
  });

  it('gives a chat two agents take at the same moment to exactly one of them', async () => {
    await onlineElsewhere(server);
    const a1 = await desk({ id: 'a1' });
    const a2 = await desk({ id: 'a2' });
    // Away: routing leaves the chat in the queue, so both take it by hand.
    await a1.setStatus('away');
    await a2.setStatus('away');
    const { conversationId } = await asking();
    await vi.waitFor(async () => {
      const list = await a1.call('queue.list', {});
      expect(list.ok && list.data.conversations.map((c) => c.id)).toEqual([conversationId]);
    });

    const results = await Promise.all([
      a1.call('conversation.take', { conversationId }),
      a2.call('conversation.take', { conversationId }),
    ]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toMatchObject([{ ok: false, error: { code: 'conflict' } }]);
    const winner = results[0]!.ok ? 'a1' : 'a2';
    await heldBy(server, conversationId, winner);
    const events = await server.store.conversations.listEvents(conversationId);
    expect(events.map((e) => [e.kind, e.agentId])).toEqual([
      ['queued', null],
      ['taken', winner],
    ]);
  });
});

describe('boundaries', () => {
  it('keeps each department’s queue to its own agents; an admin sees every queue', async () => {
    await addDepartment(server, { id: 'billing', nameZh: '账单', nameEn: 'Billing' });
    await onlineElsewhere(server);
    const general = await desk({ id: 'gen', departments: ['general'] });
    await general.setStatus('away');
    const billing = await desk({ id: 'bill', departments: ['billing'] });
    await billing.setStatus('away');
    const admin = await desk({ id: 'boss', role: 'admin', departments: ['general'] });
    await admin.setStatus('away');

    const { conversationId } = await asking();
    await vi.waitFor(async () => {
      const list = await admin.call('queue.list', {});
      expect(list.ok && list.data.conversations.map((c) => c.id)).toEqual([conversationId]);
    });
    const elsewhere = await billing.call('queue.list', {});
    expect(elsewhere).toEqual({ ok: true, data: { conversations: [] } });
    expect(await billing.call('conversation.open', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await billing.call('conversation.take', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await general.call('conversation.open', { conversationId })).toMatchObject({ ok: true });
    expect(await admin.call('conversation.take', { conversationId })).toMatchObject({ ok: true });
  });

  it('does not answer console events on a visitor socket', async () => {
    const { tab } = await asking();
    await expect(
      tab.socket.timeout(500).emitWithAck(
        // A visitor's client is typed not to send this; a hostile one sends it anyway.
        'conversation.take' as 'typing.set',
        { conversationId: 'x' } as unknown as { typing: boolean },
      ),
    ).rejects.toThrow();
  });

  it('refuses bad console input and changes nothing', async () => {
    const agent = await desk({ id: 'a1' });
    const { conversationId } = await asking();
    await heldBy(server, conversationId, 'a1');
    expect(
      await agent.call('conversation.close', {
        conversationId,
        type: 'praise' as 'opinion',
        departmentId: 'general',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await agent.call('conversation.transfer', {
        conversationId,
        agentId: 'a2',
        departmentId: 'general',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await agent.call('message.send', { conversationId, clientId: 'short', body: 'hi' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect((await server.store.conversations.get(conversationId))?.status).toBe('active');
  });
});

describe('an agent who leaves', () => {
  it('hands their chats back to the front of the queue once the grace period is over', async () => {
    await onlineElsewhere(server);
    const leaving = await desk({ id: 'ann', name: 'Ann' });
    const { tab, conversationId } = await asking();
    await heldBy(server, conversationId, 'ann');
    const later = await asking();
    await vi.waitFor(() => expect(later.tab.state).toMatchObject({ status: 'active' }));

    const socketId = leaving.socket.id!;
    leaving.close();
    open.splice(open.indexOf(leaving), 1);
    // Once the server has seen the tab go, the offline grace period runs.
    const agents = server.app.io.of(AGENT_NAMESPACE);
    await vi.waitFor(() => expect(agents.sockets.has(socketId)).toBe(false));
    server.clock.advance(AGENT_OFFLINE_GRACE_MS);

    await vi.waitFor(() => expect(tab.state).toMatchObject({ status: 'queued', agentName: null }));
    const row = await server.store.conversations.get(conversationId);
    expect(row).toMatchObject({ status: 'queued', agentId: null });
    // It waited first, so it is first in line again.
    await vi.waitFor(() => expect(tab.queue.at(-1)?.position).toBe(1));
    const events = await server.store.conversations.listEvents(conversationId);
    expect(events.at(-1)).toMatchObject({
      kind: 'transferred',
      actorAgentId: null,
      note: 'agent_offline',
    });
  });
});
