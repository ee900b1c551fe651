import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatMessage, LeftMessageReceipt, TicketDetail } from '../../protocol/index.ts';
import { startServer } from '../helpers/server.ts';
import { ok, startTicketDesk, type TicketDesk } from '../helpers/tickets.ts';
import { newClientId, newVisitor, unwrap, VisitorTab } from '../helpers/visitor-client.ts';

let desk: TicketDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** The visitor's tab fills in the leave-a-message form; Mei turns it into a complaint. */
async function complaintFrom(d: TicketDesk, tab: VisitorTab, body: string): Promise<TicketDetail> {
  const receipt: LeftMessageReceipt = unwrap(
    await tab.socket.timeout(5_000).emitWithAck('leftMessage.send', {
      clientId: newClientId(),
      name: '王女士',
      contact: '+86 138 0000 0000',
      body,
    }),
  );
  return ok(d, 'mei', 'POST', '/api/tickets/from-left-message', {
    leftMessageId: receipt.id,
    type: 'complaint',
  });
}

const reply = (d: TicketDesk, ticket: TicketDetail, body: string, isPublic: boolean) =>
  ok(d, 'mei', 'POST', `/api/tickets/${ticket.ticket.id}/replies`, { body, public: isPublic });

const ticketReplies = (messages: ChatMessage[]) =>
  messages.filter((m) => m.kind === 'ticket_reply');

describe('a public reply on a ticket reaches the customer’s chat', () => {
  it('arrives at once in the open widget, after what they wrote; private replies never do', async () => {
    desk = await startTicketDesk();
    const { session, tab } = await newVisitor(desk.server.url);
    const question = await tab.send('我的杯子碎了');
    const ticket = await complaintFrom(desk, tab, '杯子碎了，请处理');

    await reply(desk, ticket, '同事们：先查一下仓库', false);
    await reply(desk, ticket, '您好，新杯子已经寄出。', true);
    await expect.poll(() => ticketReplies(tab.created).length).toBe(1);
    const [live] = ticketReplies(tab.created);
    expect(live).toMatchObject({
      conversationId: question.conversationId,
      author: 'agent',
      authorName: 'Mei',
      body: '您好，新杯子已经寄出。',
      ticketRef: ticket.ticket.ref,
    });
    expect(live?.seq).toBeGreaterThan(question.seq);

    // A second tab, opened later, finds the same one message and nothing private.
    tab.close();
    const later = await VisitorTab.open(desk.server.url, session);
    const all = await later.sync(0);
    expect(ticketReplies(all).map((m) => m.id)).toEqual([live?.id]);
    expect(JSON.stringify(all)).not.toContain('先查一下仓库');
    later.close();
  });

  it('opens a conversation for a customer who never chatted, and keeps replies in order', async () => {
    desk = await startTicketDesk();
    const { session, tab } = await newVisitor(desk.server.url);
    const ticket = await complaintFrom(desk, tab, '发票抬头错了');
    tab.close();
    expect(await desk.server.store.conversations.latestFor(session.visitorId)).toBeNull();

    await reply(desk, ticket, '第一条：已收到', true);
    await reply(desk, ticket, '第二条：已重开发票', true);
    const back = await VisitorTab.open(desk.server.url, session);
    await expect
      .poll(async () => ticketReplies(await back.sync(0)).map((m) => m.body))
      .toEqual(['第一条：已收到', '第二条：已重开发票']);
    // The customer answers in the same chat window; the bot picks it up as usual.
    const answer = await back.send('谢谢');
    expect(answer.seq).toBe(3);
    back.close();
  });
});

describe('a public reply the chat did not get before a stop', () => {
  it('is left in the chat on the next start, once however often the server starts', async () => {
    const first = await startTicketDesk();
    desk = first;
    const { session, tab } = await newVisitor(first.server.url);
    await tab.send('你好');
    const ticket = await complaintFrom(first, tab, '包裹没到');
    tab.close();
    // Stored the way a reply is, its delivery cut off by the stop.
    const stored = await first.server.store.tickets.apply(
      ticket.ticket.id,
      {},
      {},
      {
        kind: 'reply',
        actorAgentId: 'mei',
        fromStatus: null,
        toStatus: null,
        details: { body: '包裹明天送到', public: true, messageId: 'reply-before-stop' },
        at: first.server.clock.now().toISOString(),
      },
    );
    expect(stored).not.toBeNull();
    const { dataDir } = first.server;
    await first.server.app.close();
    await first.server.store.close();
    desk = null;

    for (let start = 0; start < 2; start += 1) {
      const server = await startServer({ dataDir });
      const back = await VisitorTab.open(server.url, session);
      await expect
        .poll(async () => ticketReplies(await back.sync(0)).map((m) => [m.id, m.body]))
        .toEqual([['reply-before-stop', '包裹明天送到']]);
      back.close();
      await server.app.close();
      await server.store.close();
    }
    await rm(dataDir, { recursive: true, force: true });
  });
});
