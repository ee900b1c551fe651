import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleTab } from '../helpers/agent-client.ts';
import { addDepartment } from '../helpers/console-api.ts';
import { agentAtDesk, heldBy, visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newClientId, unwrap, type VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
let agent: ConsoleTab;
let visitor: VisitorTab;
let conversationId: string;
const open: { close(): void }[] = [];

beforeEach(async () => {
  server = await startServer();
  agent = await agentAtDesk(server, { id: 'ann', name: 'Ann' });
  ({ tab: visitor, conversationId } = await visitorAsking(server, 'Where is my parcel?'));
  open.push(agent, visitor);
  await heldBy(server, conversationId, 'ann');
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

const reply = (body: string, tab = agent) =>
  tab.call('message.send', { conversationId, clientId: newClientId(), body });

describe('chatting', () => {
  it('shows the agent the whole transcript, the bot part included, and the visitor panel', async () => {
    const view = unwrap(await agent.call('conversation.open', { conversationId }));
    expect(view.messages.map((m) => m.author)).toEqual(['visitor', 'bot', 'system', 'system']);
    expect(view.messages[0]?.body).toBe('Where is my parcel?');
    expect(view.visitor).toMatchObject({ lang: 'en', previousConversations: [] });
    expect(view.conversation).toMatchObject({ status: 'active', agentName: 'Ann' });
  });

  it('carries messages both ways, stored, with the agent’s name and typing indicators', async () => {
    const question = await visitor.send('It has been a week');
    await vi.waitFor(() => expect(agent.messages.map((m) => m.id)).toContain(question.id));

    const answer = unwrap(await reply('Let me check that for you.'));
    expect(answer).toMatchObject({ author: 'agent', authorName: 'Ann', kind: 'text' });
    await vi.waitFor(() => expect(visitor.created.map((m) => m.id)).toContain(answer.id));

    // The same clientId again stores nothing new.
    const again = await agent.call('message.send', {
      conversationId,
      clientId: answer.clientId!,
      body: 'Let me check that for you.',
    });
    expect(again).toEqual({ ok: true, data: answer });
    expect((await visitor.sync(0)).filter((m) => m.author === 'agent')).toHaveLength(1);

    unwrap(await visitor.socket.timeout(5_000).emitWithAck('typing.set', { typing: true }));
    await vi.waitFor(() => expect(agent.typing).toEqual([{ conversationId, typing: true }]));
    unwrap(await agent.call('typing.set', { conversationId, typing: true }));
    await vi.waitFor(() => expect(visitor.typing).toEqual([true]));
  });

  it('keeps a burst of visitor messages in the order they were sent, stored and shown', async () => {
    const bodies = Array.from({ length: 8 }, (_, i) => `line ${i + 1}`);
    const sent = await Promise.all(bodies.map((body) => visitor.send(body)));
    expect(sent.map((m) => m.body)).toEqual(bodies);
    const seqs = sent.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    await vi.waitFor(() =>
      expect(agent.messages.filter((m) => m.body.startsWith('line ')).map((m) => m.body)).toEqual(
        bodies,
      ),
    );
    const stored = (await visitor.sync(0)).filter((m) => m.body.startsWith('line '));
    expect(stored.map((m) => m.body)).toEqual(bodies);
  });

  it('counts unread visitor messages until the agent reads them', async () => {
    await visitor.send('Hello?');
    const [mine] = unwrap(await agent.call('chat.list', {})).conversations;
    expect(mine?.unread).toBeGreaterThan(0);
    const read = unwrap(
      await agent.call('conversation.read', { conversationId, seq: mine!.lastSeq }),
    );
    expect(read.unread).toBe(0);
  });

  it('keeps internal notes among agents: the visitor never receives one', async () => {
    const note = unwrap(
      await agent.call('note.add', {
        conversationId,
        clientId: newClientId(),
        body: 'VIP customer, be quick',
      }),
    );
    expect(note).toMatchObject({ agentName: 'Ann', body: 'VIP customer, be quick' });
    await vi.waitFor(() => expect(agent.notes.map((n) => n.id)).toEqual([note.id]));
    await visitor.send('still there?');
    const everything = JSON.stringify([
      visitor.created,
      visitor.updated,
      visitor.states,
      await visitor.sync(0),
    ]);
    expect(everything).not.toContain('VIP customer');
    const view = unwrap(await agent.call('conversation.open', { conversationId }));
    expect(view.notes.map((n) => n.body)).toEqual(['VIP customer, be quick']);
  });
});

describe('transfer', () => {
  it('hands the chat to an online colleague with a note; the first agent can no longer write', async () => {
    const bob = await agentAtDesk(server, { id: 'bob', name: 'Bob' });
    open.push(bob);
    const moved = unwrap(
      await agent.call('conversation.transfer', {
        conversationId,
        agentId: 'bob',
        note: 'Wants a refund',
      }),
    );
    expect(moved).toMatchObject({ agentId: 'bob', agentName: 'Bob' });
    await vi.waitFor(() => expect(bob.assigned.map((c) => c.id)).toEqual([conversationId]));
    await vi.waitFor(() => expect(agent.updated.at(-1)).toMatchObject({ agentId: 'bob' }));
    await vi.waitFor(() =>
      expect(visitor.state).toMatchObject({ status: 'active', agentName: 'Bob' }),
    );
    expect(await reply('hello again')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await reply('Bob here', bob)).toMatchObject({ ok: true });

    const view = unwrap(await bob.call('conversation.open', { conversationId }));
    expect(view.notes.map((n) => [n.agentName, n.body])).toEqual([['Ann', 'Wants a refund']]);
    const events = await server.store.conversations.listEvents(conversationId);
    expect(events.at(-1)).toMatchObject({
      kind: 'transferred',
      actorAgentId: 'ann',
      agentId: 'bob',
      note: 'Wants a refund',
    });
  });

  it('puts the chat back in another department’s queue', async () => {
    await addDepartment(server, { id: 'billing', nameZh: '账单', nameEn: 'Billing' });
    unwrap(await agent.call('conversation.transfer', { conversationId, departmentId: 'billing' }));
    expect(await server.store.conversations.get(conversationId)).toMatchObject({
      status: 'queued',
      departmentId: 'billing',
      agentId: null,
    });
    await vi.waitFor(() =>
      expect(visitor.queue.at(-1)).toMatchObject({ conversationId, position: 1 }),
    );
  });

  it('refuses a colleague who is not online', async () => {
    await server.store.agents.create({
      ...(await server.store.agents.get('ann'))!,
      id: 'carl',
      email: 'carl@kefu.local',
      name: 'Carl',
    });
    expect(
      await agent.call('conversation.transfer', { conversationId, agentId: 'carl' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('closing and rating', () => {
  it('closes with a classification, asks the visitor to rate, and keeps the timing data', async () => {
    server.clock.advance(12_000);
    unwrap(await reply('How can I help?'));
    const closed = unwrap(
      await agent.call('conversation.close', {
        conversationId,
        type: 'complaint',
        departmentId: 'general',
        tags: ['late delivery', 'late delivery', 'courier'],
        summary: 'Parcel a week late',
      }),
    );
    expect(closed).toMatchObject({
      status: 'closed',
      closeType: 'complaint',
      closeTags: ['late delivery', 'courier'],
      closeSummary: 'Parcel a week late',
      closedBy: 'ann',
    });
    await vi.waitFor(() =>
      expect(visitor.state).toMatchObject({ status: 'closed', canRate: true }),
    );
    expect(unwrap(await agent.call('chat.list', {})).conversations).toEqual([]);

    const rated = await visitor.socket
      .timeout(5_000)
      .emitWithAck('rating.send', { conversationId, score: 2, comment: 'Too slow' });
    expect(rated).toMatchObject({ ok: true, data: { canRate: false, rating: 2 } });
    await vi.waitFor(() =>
      expect(agent.updated.at(-1)).toMatchObject({ rating: 2, ratingComment: 'Too slow' }),
    );
    const again = await visitor.socket
      .timeout(5_000)
      .emitWithAck('rating.send', { conversationId, score: 5 });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const row = (await server.store.conversations.get(conversationId))!;
    expect(row.rating).toBe(2);
    expect(Date.parse(row.firstReplyAt!) - Date.parse(row.assignedAt!)).toBe(12_000);
    expect(row.queuedAt).not.toBeNull();
    expect(row.closedAt).not.toBeNull();
    const kinds = (await server.store.conversations.listEvents(conversationId)).map((e) => e.kind);
    expect(kinds).toEqual(['queued', 'assigned', 'closed', 'rated']);
  });

  it('lets only the visitor of the conversation rate it, and only once it is closed', async () => {
    const early = await visitor.socket
      .timeout(5_000)
      .emitWithAck('rating.send', { conversationId, score: 5 });
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const other = await visitorAsking(server);
    open.push(other.tab);
    const foreign = await other.tab.socket
      .timeout(5_000)
      .emitWithAck('rating.send', { conversationId, score: 1 });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('starts a new conversation with the bot when the visitor writes after the close', async () => {
    unwrap(
      await agent.call('conversation.close', {
        conversationId,
        type: 'consultation',
        departmentId: 'general',
      }),
    );
    const next = await visitor.send('One more thing');
    expect(next.conversationId).not.toBe(conversationId);
    expect(next.seq).toBe(1);
    expect((await server.store.conversations.get(next.conversationId))?.status).toBe('bot');
  });
});
