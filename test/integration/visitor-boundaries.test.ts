import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_MAX_CHARS } from '../../protocol/limits.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  connectRaw,
  createSession,
  newClientId,
  newVisitor,
  unwrap,
  type VisitorTab,
} from '../helpers/visitor-client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

/** What a buggy or hostile client might send as `message.send`. */
const malformed: [string, unknown][] = [
  ['no body', { clientId: newClientId() }],
  ['no clientId', { body: 'hello' }],
  ['a number as body', { clientId: newClientId(), body: 42 }],
  ['a body over the limit', { clientId: newClientId(), body: 'x'.repeat(MESSAGE_MAX_CHARS + 1) }],
  ['a blank body', { clientId: newClientId(), body: '   ' }],
  ['an unknown field', { clientId: newClientId(), body: 'hello', admin: true }],
  ['a lone surrogate', { clientId: newClientId(), body: 'broken \ud800 text' }],
  ['a control character', { clientId: newClientId(), body: 'bell \u0007' }],
  ['a bad clientId', { clientId: 'a b', body: 'hello' }],
  [
    'a javascript: page address',
    { clientId: newClientId(), body: 'hello', page: { url: 'javascript:alert(1)' } },
  ],
  [
    'a data: referrer',
    {
      clientId: newClientId(),
      body: 'hello',
      page: { url: 'https://shop.example/', referrer: 'data:text/html,<script>x</script>' },
    },
  ],
  ['a string payload', 'hello'],
  ['null', null],
  ['an array', [{ clientId: newClientId(), body: 'hello' }]],
];

describe('the visitor namespace boundary', () => {
  it.each(malformed)('rejects %s with invalid_input and stores nothing', async (_name, payload) => {
    const { session, tab } = await newVisitor(server.url);
    const raw = await connectRaw(server.url, { token: session.token });
    const ack: unknown = await raw.timeout(5_000).emitWithAck('message.send', payload);
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((ack as { error: { message: string } }).error.message).not.toBe('');
    expect(await tab.sync(0)).toEqual([]);
    raw.close();
    tab.close();
  });

  it('explains what is wrong in the error message', async () => {
    const { tab } = await newVisitor(server.url);
    const ack = await tab.trySend({
      clientId: newClientId(),
      body: 'x'.repeat(MESSAGE_MAX_CHARS + 1),
    });
    expect(ack).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: `body: at most ${MESSAGE_MAX_CHARS} characters` },
    });
    tab.close();
  });

  it('acks an event sent without a payload or with extra arguments, and ignores one without an ack callback', async () => {
    const { session, tab } = await newVisitor(server.url);
    const raw = await connectRaw(server.url, { token: session.token });
    expect(await raw.timeout(5_000).emitWithAck('message.send')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    // Extra arguments push the callback past the payload: it is still found and answered.
    expect(
      await raw
        .timeout(5_000)
        .emitWithAck('message.send', { clientId: newClientId(), body: 'extra' }, 'more'),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'send one payload object, then the callback' },
    });
    raw.emit('message.send', { clientId: newClientId(), body: 'no callback' });
    raw.emit('handoff.request', { clientId: newClientId() });
    // Still connected and serving: the events above changed nothing.
    expect(await raw.timeout(5_000).emitWithAck('conversation.sync', { afterSeq: 0 })).toEqual({
      ok: true,
      data: { conversationId: null, messages: [], state: null, queue: null },
    });
    expect(await tab.sync(0)).toEqual([]);
    raw.close();
    tab.close();
  });

  it('stores HTML as the plain text it is and returns it unchanged', async () => {
    const { tab } = await newVisitor(server.url, 'en');
    const body = '<img src=x onerror="alert(1)"> & <script>alert("hi")</script>';
    const sent = await tab.send(body);
    expect(sent.body).toBe(body);
    expect((await tab.sync(0))[0]?.body).toBe(body);
    tab.close();
  });

  it('refuses sockets without a valid token', async () => {
    await expect(connectRaw(server.url, {})).rejects.toThrow('unauthorized');
    await expect(connectRaw(server.url, { token: 'short' })).rejects.toThrow('unauthorized');
    const unknown = 'A'.repeat(43);
    await expect(connectRaw(server.url, { token: unknown })).rejects.toThrow('unauthorized');
    const { token } = await createSession(server.url);
    const ok = await connectRaw(server.url, { token });
    expect(ok.connected).toBe(true);
    ok.close();
  });
});

describe('one visitor cannot reach another visitor’s conversation', () => {
  let alice: VisitorTab;
  let bob: VisitorTab;
  beforeAll(async () => {
    alice = (await newVisitor(server.url, 'zh-CN')).tab;
    bob = (await newVisitor(server.url, 'zh-CN')).tab;
  });
  afterAll(() => {
    alice.close();
    bob.close();
  });

  it('keeps messages, sync and ratings apart', async () => {
    await alice.send('我想退货');
    const aliceMessages = await alice.sync(0);
    const answer = aliceMessages.find((m) => m.kind === 'answer');
    if (!answer) throw new Error('expected a bot answer');

    // Bob's sync ack comes after anything the server pushed to him before it.
    expect(unwrap(await bob.trySync(0))).toEqual({
      conversationId: null,
      messages: [],
      state: null,
      queue: null,
    });
    expect(bob.created).toEqual([]);

    expect(await bob.rate(answer.id, false)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'no such message' },
    });
    expect(await bob.rate('does-not-exist', false)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const [, stillUnrated] = await alice.sync(0);
    expect(stillUnrated?.feedback).toBeNull();

    await bob.send('什么时候发货');
    const bobMessages = await bob.sync(0);
    expect(bobMessages[0]?.conversationId).not.toBe(answer.conversationId);
    // Alice heard the bot's reply (her own message came back in its ack), and nothing of Bob's.
    expect(alice.created.map((m) => m.id)).toEqual([answer.id]);
    expect(await alice.sync(0)).toEqual(aliceMessages);
  });
});
