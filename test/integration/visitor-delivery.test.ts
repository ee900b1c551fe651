import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';
import { newClientId, newVisitor, unwrap, VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  await onlineElsewhere(server);
});
afterAll(() => server.close());

describe('delivery', () => {
  it('stores a resent message once, and the bot replies once', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    const clientId = newClientId();
    const first = unwrap(await tab.trySend({ clientId, body: '我想退货' }));
    const again = unwrap(await tab.trySend({ clientId, body: '我想退货' }));
    expect(again).toEqual(first);
    expect(first.clientId).toBe(clientId);

    const stored = await tab.sync(0);
    expect(stored.map((m) => [m.seq, m.author])).toEqual([
      [1, 'visitor'],
      [2, 'bot'],
    ]);
    // The sending tab has its message in the ack; pushes bring only the bot's reply (the
    // resend tells it again, in case a dying node never did: the window keeps it once).
    await vi.waitFor(() => expect(tab.created).toHaveLength(2));
    expect(tab.created.map((m) => m.id)).toEqual([stored[1]?.id, stored[1]?.id]);
    tab.close();
  });

  it('keeps the page the visitor wrote from for agents, without echoing it to the visitor', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    const page = { url: 'https://shop.example.com/checkout?step=2', title: '结算' };
    const sent = unwrap(await tab.trySend({ clientId: newClientId(), body: '我想退货', page }));
    expect(sent).not.toHaveProperty('page');
    expect((await server.store.messages.get(sent.id))?.payload.page).toEqual(page);
    tab.close();
  });

  it('shows a message from one tab live in the visitor’s other tab', async () => {
    const { session, tab: first } = await newVisitor(server.url, 'en');
    const second = await VisitorTab.open(server.url, session);
    const sent = await first.send('How do I reset my password?');

    await vi.waitFor(() => expect(second.created).toHaveLength(2));
    expect(second.created[0]).toEqual(sent);
    expect(second.created[1]).toMatchObject({ kind: 'answer', faqId: 'password.en' });
    first.close();
    second.close();
  });

  it('keeps one conversation when two tabs send the first message at once', async () => {
    const { session, tab: first } = await newVisitor(server.url, 'zh-CN');
    const second = await VisitorTab.open(server.url, session);
    const [a, b] = await Promise.all([first.send('我想退货'), second.send('什么时候发货')]);
    expect(a.conversationId).toBe(b.conversationId);
    expect((await first.sync(0)).map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    // Each tab hears the other's message and both replies; its own comes in its ack.
    await vi.waitFor(() => expect(second.created).toHaveLength(3));
    expect(second.created.map((m) => m.id)).not.toContain(b.id);
    first.close();
    second.close();
  });

  it('after a reconnect, syncing returns exactly the messages the tab missed', async () => {
    const { session, tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('我想退货');
    const seen = await tab.sync(0);
    const lastSeq = seen.at(-1)?.seq ?? 0;
    tab.close();

    const other = await VisitorTab.open(server.url, session);
    await other.send('什么时候发货');
    await other.send('退款什么时候到');
    other.close();

    const back = await VisitorTab.open(server.url, session);
    const missed = await back.sync(lastSeq);
    expect(missed.map((m) => m.seq)).toEqual([3, 4, 5, 6]);
    expect(missed.map((m) => m.body).filter((_, i) => i % 2 === 0)).toEqual([
      '什么时候发货',
      '退款什么时候到',
    ]);
    expect(missed.every((m) => m.conversationId === seen[0]?.conversationId)).toBe(true);
    back.close();
  });

  it('returns no conversation before the visitor has written anything', async () => {
    const { tab } = await newVisitor(server.url);
    expect(unwrap(await tab.trySync(0))).toEqual({
      conversationId: null,
      messages: [],
      state: null,
      queue: null,
    });
    tab.close();
  });

  it('keeps everything across a server restart on the same data directory', async () => {
    const dataDir = await makeTempDir('kefu-restart-');
    const before = await startServer({ dataDir });
    const { session, tab } = await newVisitor(before.url, 'en');
    await tab.send('How do I return an item?');
    await tab.send('<b>still there?</b>');
    const stored = await tab.sync(0);
    tab.close();
    await before.close();

    const after = await startServer({ dataDir });
    const back = await VisitorTab.open(after.url, session);
    expect(await back.sync(0)).toEqual(stored);
    const next = await back.send('thanks');
    expect(next.seq).toBe(5);
    back.close();
    await after.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});

describe('feedback and handoff', () => {
  it('records a rating on a bot answer and lets the visitor change it', async () => {
    const { session, tab } = await newVisitor(server.url, 'zh-CN');
    const other = await VisitorTab.open(server.url, session);
    await tab.send('我想退货');
    const answer = (await tab.sync(0)).find((m) => m.kind === 'answer');
    if (!answer) throw new Error('expected a bot answer');

    expect(unwrap(await tab.rate(answer.id, true)).feedback).toBe('up');
    expect(unwrap(await tab.rate(answer.id, false)).feedback).toBe('down');
    const [, synced] = await tab.sync(0);
    expect(synced).toMatchObject({ id: answer.id, feedback: 'down' });
    await vi.waitFor(() => expect(other.updated.map((m) => m.feedback)).toEqual(['up', 'down']));
    tab.close();
    other.close();
  });

  it('refuses to rate anything but a bot answer', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    const mine = await tab.send('今天天气怎么样');
    const [, fallback] = await tab.sync(0);
    for (const id of [mine.id, fallback?.id ?? '']) {
      const ack = await tab.rate(id, true);
      expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    tab.close();
  });

  it('records a request for a person with a notice, once per clientId', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('今天天气怎么样');
    const clientId = newClientId();
    const notice = unwrap(await tab.requestHandoff(clientId));
    expect(notice).toMatchObject({ author: 'system', kind: 'notice', seq: 3, clientId });
    expect(notice.body).toContain('人工客服');
    expect(unwrap(await tab.requestHandoff(clientId))).toEqual(notice);
    const conversation = await server.store.conversations.get(notice.conversationId);
    expect(conversation).toMatchObject({
      status: 'queued',
      handoffRequestedAt: notice.createdAt,
    });

    // The bot steps back: the next message is stored without a bot reply.
    await tab.send('有人吗？');
    expect((await tab.sync(0)).map((m) => m.author)).toEqual([
      'visitor',
      'bot',
      'system',
      'visitor',
    ]);
    tab.close();
  });
});
