import { afterEach, describe, expect, it } from 'vitest';
import type { Ack, ChatMessage, SyncResult } from '../../protocol/index.ts';
import { pause, postSession, sessionFrom, stored, visitorSocket } from '../helpers/abuse.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newClientId, type VisitorSocket } from '../helpers/visitor-client.ts';

let server: TestServer | undefined;
const sockets: { close(): void }[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
  server = undefined;
});

async function start(env: Record<string, string>): Promise<TestServer> {
  server = await startServer({ env });
  return server;
}

/** A new visitor's tab, as seen from `address` (X-Forwarded-For; the server trusts loopback). */
async function visitorAt(url: string, address?: string): Promise<VisitorSocket> {
  const headers: Record<string, string> = address ? { 'x-forwarded-for': address } : {};
  const { token } = await sessionFrom(url, headers);
  const socket = await visitorSocket(url, token, headers);
  sockets.push(socket);
  return socket;
}

function send(socket: VisitorSocket, body: string): Promise<Ack<ChatMessage>> {
  return socket.timeout(5_000).emitWithAck('message.send', { clientId: newClientId(), body });
}

async function visitorBodies(socket: VisitorSocket): Promise<string[]> {
  const ack: Ack<SyncResult> = await socket
    .timeout(5_000)
    .emitWithAck('conversation.sync', { afterSeq: 0 });
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.data.messages.filter((m) => m.author === 'visitor').map((m) => m.body);
}

const refusal = { ok: false, error: { code: 'rate_limited', message: expect.any(String) } };

describe('a visitor writing faster than a person types', () => {
  it('is asked to slow down with a wait, stores nothing meanwhile, and gets through after it', async () => {
    const { url } = await start({ KEFU_LIMIT_VISITOR_BURST: '3/2', KEFU_LIMIT_VISITOR: '5/60' });
    const tab = await visitorAt(url);
    for (const body of ['hi', 'are you there', 'order 1234']) {
      expect((await send(tab, body)).ok).toBe(true);
    }
    const refused = await send(tab, 'it never came');
    expect(refused).toMatchObject(refusal);
    const wait = refused.ok ? 0 : (refused.error.retryAfterMs ?? 0);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(2_000);
    // The visitor's other writes share the limit.
    const handoff = await tab.timeout(5_000).emitWithAck('handoff.request', {
      clientId: newClientId(),
    });
    expect(handoff).toMatchObject(refusal);
    expect(await visitorBodies(tab)).toEqual(['hi', 'are you there', 'order 1234']);

    await pause(wait + 50);
    expect(await send(tab, 'it never came')).toMatchObject({ ok: true });
    expect(await send(tab, 'hello?')).toMatchObject({ ok: true });
    // Five in a minute is the sustained limit here: the wait now runs to the minute's end.
    const sustained = await send(tab, 'anyone?');
    expect(sustained).toMatchObject(refusal);
    expect(sustained.ok ? 0 : sustained.error.retryAfterMs).toBeGreaterThan(2_000);
    expect(await visitorBodies(tab)).toEqual([
      'hi',
      'are you there',
      'order 1234',
      'it never came',
      'hello?',
    ]);
  });

  it('counts all of one visitor’s tabs together', async () => {
    const { url } = await start({ KEFU_LIMIT_VISITOR_BURST: '2/60' });
    const { token } = await sessionFrom(url);
    const [first, second] = [await visitorSocket(url, token), await visitorSocket(url, token)];
    sockets.push(first, second);
    expect((await send(first, 'one')).ok).toBe(true);
    expect((await send(second, 'two')).ok).toBe(true);
    expect(await send(first, 'three')).toMatchObject(refusal);
    expect(await send(second, 'three')).toMatchObject(refusal);
    expect(await visitorBodies(second)).toEqual(['one', 'two']);
  });
});

describe('many visitors behind one address (an office, a carrier’s CGNAT)', () => {
  const env = {
    KEFU_TRUST_PROXY: 'loopback',
    KEFU_LIMIT_VISITOR_BURST: '3/60',
    KEFU_LIMIT_ADDRESS: '9/60',
  };
  const office = '203.0.113.7';

  it('lets each visitor under their own limit through, however much a neighbour sends', async () => {
    const running = await start(env);
    const { url } = running;
    const [noisy, ann, bo] = [
      await visitorAt(url, office),
      await visitorAt(url, office),
      await visitorAt(url, office),
    ];
    const noisyAcks = await Promise.all(
      Array.from({ length: 20 }, (_, i) => send(noisy, `spam ${i}`)),
    );
    expect(noisyAcks.filter((a) => a.ok)).toHaveLength(3);
    for (const visitor of [ann, bo]) {
      for (const body of ['hello', 'my parcel', 'thanks']) {
        expect(await send(visitor, body)).toMatchObject({ ok: true });
      }
    }
    const accepted = noisyAcks.flatMap((a) => (a.ok ? [a.data.body] : []));
    expect(await visitorBodies(noisy)).toEqual(accepted);
    expect((await stored(running)).visitorMessages).toBe(9);
  });

  it('stops a whole address far over its limit, and only that address', async () => {
    const { url } = await start(env);
    for (let i = 0; i < 3; i += 1) {
      const visitor = await visitorAt(url, office);
      for (const body of ['a', 'b', 'c']) expect((await send(visitor, body)).ok).toBe(true);
    }
    const { token } = await sessionFrom(url, { 'x-forwarded-for': office });
    const atOffice = await visitorSocket(url, token, { 'x-forwarded-for': office });
    sockets.push(atOffice);
    for (let i = 0; i < 3; i += 1) {
      const refused = await send(atOffice, `hello ${i}`);
      expect(refused).toMatchObject(refusal);
      expect(refused.ok ? 0 : refused.error.retryAfterMs).toBeGreaterThan(0);
    }
    expect(await visitorBodies(atOffice)).toEqual([]);
    // Refused by the address, not by their own limit: from another address (on the phone,
    // off the office Wi-Fi) the same visitor still has all three of their own.
    const onPhone = await visitorSocket(url, token, { 'x-forwarded-for': '198.51.100.9' });
    sockets.push(onPhone);
    for (const body of ['a', 'b', 'c']) expect((await send(onPhone, body)).ok).toBe(true);
    expect(await send(onPhone, 'd')).toMatchObject(refusal);
  });
});

describe('a script flooding one connection', () => {
  it('is refused on any event past the per-socket limit, visitor or console', async () => {
    const { url } = await start({ KEFU_LIMIT_SOCKET: '5/60' });
    const visitor = await visitorAt(url);
    const typing = () => visitor.timeout(5_000).emitWithAck('typing.set', { typing: true });
    for (let i = 0; i < 5; i += 1) expect((await typing()).ok).toBe(true);
    expect(await typing()).toMatchObject(refusal);
    expect(await send(visitor, 'hello')).toMatchObject(refusal);

    const tab = await ConsoleTab.open(url, await signIn(url));
    sockets.push(tab);
    for (let i = 0; i < 5; i += 1) expect((await tab.call('directory.get', {})).ok).toBe(true);
    expect(await tab.call('directory.get', {})).toMatchObject(refusal);
  });
});

describe('new visitor sessions from one address', () => {
  it('are refused with 429 and Retry-After past the limit, and nothing is stored', async () => {
    const running = await start({ KEFU_LIMIT_SESSIONS: '2/60' });
    const { url } = running;
    expect((await postSession(url)).status).toBe(201);
    expect((await postSession(url)).status).toBe(201);
    const refused = await postSession(url);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { error: { retryAfterMs: number } };
    expect(body).toMatchObject({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect(Math.ceil(body.error.retryAfterMs / 1000)).toBe(retryAfter);
    expect((await stored(running)).visitors).toBe(2);
    // X-Forwarded-For means nothing while no proxy is trusted: no fresh allowance by claiming one.
    expect((await postSession(url, { 'x-forwarded-for': '198.51.100.9' })).status).toBe(429);
  });

  it('count per client address behind a trusted proxy', async () => {
    const { url } = await start({ KEFU_TRUST_PROXY: 'loopback', KEFU_LIMIT_SESSIONS: '1/60' });
    const from = (address: string) => postSession(url, { 'x-forwarded-for': address });
    expect((await from('203.0.113.7')).status).toBe(201);
    expect((await from('203.0.113.7')).status).toBe(429);
    expect((await from('198.51.100.9')).status).toBe(201);
    // One IPv6 customer holds a whole /64: its addresses count as one.
    expect((await from('2001:db8:1:2::1')).status).toBe(201);
    expect((await from('2001:db8:1:2:ffff::9')).status).toBe(429);
  });
});
