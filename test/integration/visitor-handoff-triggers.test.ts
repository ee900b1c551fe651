import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../protocol/index.ts';
import { DEFAULT_HANDOFF_PHRASES } from '../../server/services/bot/handoff-phrases.ts';
import { BOT_PHRASES } from '../../server/services/bot/phrases.ts';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newClientId, newVisitor, VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  await onlineElsewhere(server);
});
afterAll(() => server.close());

const langOf = (text: string): Language => (/\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en');

async function statusOf(s: TestServer, conversationId: string) {
  return (await s.store.conversations.get(conversationId))?.status;
}

/** Sends `text` as a new visitor and returns what the conversation then holds. */
async function firstExchange(s: TestServer, text: string) {
  const { tab } = await newVisitor(s.url, langOf(text));
  const sent = await tab.send(text);
  const messages = await tab.sync(0);
  tab.close();
  return { messages, status: await statusOf(s, sent.conversationId) };
}

describe('a handoff phrase asks for a person', () => {
  it.each([...DEFAULT_HANDOFF_PHRASES])('"%s" hands over instead of a bot answer', async (text) => {
    const { messages, status } = await firstExchange(server, text);
    expect(messages.map((m) => [m.author, m.kind])).toEqual([
      ['visitor', 'text'],
      ['system', 'notice'],
    ]);
    expect(messages[1]?.body).toBe(BOT_PHRASES[langOf(text)].handoffRequested);
    expect(status).toBe('queued');
  });

  it.each([
    '我要人工',
    '请转人工！',
    '轉人工',
    '人工客服吧',
    'Please, a real person.',
    'Can I talk to a person?',
    'AGENT！',
    'I want an agent',
  ])('"%s" hands over too: case, punctuation and fillers do not matter', async (text) => {
    const { messages, status } = await firstExchange(server, text);
    expect(messages[1]).toMatchObject({ author: 'system', kind: 'notice' });
    expect(status).toBe('queued');
  });

  it.each([
    'how do I become a sales agent?',
    'Is the agent app free?',
    '人工客服几点上班？',
    '我想退货',
  ])('"%s" is a question for the FAQ, not a request for a person', async (text) => {
    const { messages, status } = await firstExchange(server, text);
    expect(messages[1]?.author).toBe('bot');
    expect(status).toBe('bot');
  });

  it('stores one notice however often the same message is resent', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    const clientId = newClientId();
    const first = await tab.send('转人工', { clientId });
    expect(await tab.send('转人工', { clientId })).toEqual(first);
    expect((await tab.sync(0)).map((m) => m.author)).toEqual(['visitor', 'system']);
    tab.close();
  });
});

describe('KEFU_HANDOFF_PHRASES', () => {
  it('replaces the built-in phrases', async () => {
    const custom = await startServer({ env: { KEFU_HANDOFF_PHRASES: '找小二, Operator' } });
    await onlineElsewhere(custom);
    try {
      expect((await firstExchange(custom, '找小二')).status).toBe('queued');
      expect((await firstExchange(custom, 'operator, please!')).status).toBe('queued');
      const builtIn = await firstExchange(custom, '人工');
      expect(builtIn.status).toBe('bot');
      expect(builtIn.messages[1]?.author).toBe('bot');
    } finally {
      await custom.close();
    }
  });
});

describe('two unanswered questions in a row', () => {
  /** The first miss gets a "not found", the second the handoff notice instead. */
  const MISS_THEN_HANDOFF = [
    ['visitor', 'text'],
    ['bot', 'fallback'],
    ['visitor', 'text'],
    ['system', 'notice'],
  ];

  it('hand over instead of a second "not found", also from another tab', async () => {
    const { session, tab } = await newVisitor(server.url, 'en');
    const other = await VisitorTab.open(server.url, session);
    await tab.send('what is the weather like on Mars');
    const second = await other.send('who won the football match yesterday');
    const clientId = second.clientId ?? '';
    expect(await other.send('who won the football match yesterday', { clientId })).toEqual(second);

    const messages = await tab.sync(0);
    expect(messages.map((m) => [m.author, m.kind])).toEqual(MISS_THEN_HANDOFF);
    expect(messages[3]?.body).toBe(BOT_PHRASES.en.handoffAfterMisses);
    expect(await statusOf(server, second.conversationId)).toBe('queued');
    tab.close();
    other.close();
  });

  it('hand over when both are sent at once from one tab', async () => {
    const { tab } = await newVisitor(server.url, 'en');
    const [, second] = await Promise.all([
      tab.send('what is the weather like on Mars'),
      tab.send('who won the football match yesterday'),
    ]);
    const messages = await tab.sync(0);
    expect(messages.map((m) => [m.author, m.kind])).toEqual(MISS_THEN_HANDOFF);
    expect(await statusOf(server, second.conversationId)).toBe('queued');
    tab.close();
  });

  it.each([
    ['a suggestion', '退货和退款', 'suggestions'],
    ['an answer', '我想退货', 'answer'],
  ])('do not count when %s comes between them', async (_name, between, kind) => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('今天天气怎么样');
    await tab.send(between);
    const last = await tab.send('火星上有没有外卖');
    const kinds = (await tab.sync(0)).filter((m) => m.author !== 'visitor').map((m) => m.kind);
    expect(kinds).toEqual(['fallback', kind, 'fallback']);
    expect(await statusOf(server, last.conversationId)).toBe('bot');
    tab.close();
  });
});
