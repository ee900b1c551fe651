import { afterEach, describe, expect, it } from 'vitest';
import {
  pause,
  pollingHandshake,
  postSession,
  sessionFrom,
  stored,
  upgrade,
  visitorSocket,
} from '../helpers/abuse.ts';
import { connectAgent, signIn } from '../helpers/agent-client.ts';
import { startServer, TEST_ADMIN, type TestServer } from '../helpers/server.ts';
import { newClientId } from '../helpers/visitor-client.ts';

let server: TestServer | undefined;
const sockets: { close(): void }[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
  server = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestServer> {
  server = await startServer({ env });
  return server;
}

/** 'connected', or the connect_error's message. */
const outcome = (attempt: Promise<{ close(): void }>) =>
  attempt.then(
    (socket) => {
      sockets.push(socket);
      return 'connected';
    },
    (err: Error) => err.message,
  );

const EVIL = 'https://evil.example';

describe('open connections from one address', () => {
  it('are refused past the limit, and let in again when one closes', async () => {
    const { url } = await start({ KEFU_LIMIT_CONNECTIONS: '2' });
    const { token } = await sessionFrom(url);
    const first = await visitorSocket(url, token);
    const second = await connectAgent(url, { cookie: await signIn(url) });
    sockets.push(first, second);
    // A third tab, on either namespace: Engine.IO refuses it before a WebSocket is opened.
    expect(await outcome(visitorSocket(url, token))).toBe('websocket error');
    expect(await pollingHandshake(url, {})).toEqual({
      status: 403,
      body: { code: 4, message: 'too_many_connections' },
    });
    expect(await upgrade(url, {})).toEqual({ status: 400, body: 'too_many_connections' });

    first.close();
    let again = 'not tried';
    for (let i = 0; i < 50 && again !== 'connected'; i += 1) {
      await pause(20);
      again = await outcome(visitorSocket(url, token));
    }
    expect(again).toBe('connected');
  });

  it('count each client address apart behind a trusted proxy', async () => {
    const { url } = await start({ KEFU_LIMIT_CONNECTIONS: '1', KEFU_TRUST_PROXY: 'loopback' });
    const { token } = await sessionFrom(url);
    const office = { 'x-forwarded-for': '203.0.113.7' };
    expect(await outcome(visitorSocket(url, token, office))).toBe('connected');
    expect(await outcome(visitorSocket(url, token, office))).toBe('websocket error');
    expect(await outcome(visitorSocket(url, token, { 'x-forwarded-for': '198.51.100.9' }))).toBe(
      'connected',
    );
  });
});

describe('a page on another site opening a socket (cross-site WebSocket hijacking)', () => {
  it('is refused on the upgrade for both namespaces, with a valid cookie or token', async () => {
    const { url } = await start();
    const cookie = await signIn(url);
    const { token } = await sessionFrom(url);
    expect(await outcome(connectAgent(url, { cookie, origin: EVIL }))).toBe('websocket error');
    expect(await outcome(visitorSocket(url, token, { origin: EVIL }))).toBe('websocket error');
    expect(await upgrade(url, { origin: EVIL, cookie })).toEqual({
      status: 400,
      body: 'forbidden_origin',
    });
    expect(await pollingHandshake(url, { origin: EVIL })).toEqual({
      status: 403,
      body: { code: 4, message: 'forbidden_origin' },
    });
    // A sandboxed frame or a file says "null": not Kefu either.
    expect(await upgrade(url, { origin: 'null' })).toMatchObject({ status: 400 });
  });

  it('lets Kefu’s own pages in, and clients that send no Origin', async () => {
    const { url } = await start();
    const own = new URL(url).origin;
    const cookie = await signIn(url);
    const { token } = await sessionFrom(url);
    expect(await outcome(connectAgent(url, { cookie, origin: own }))).toBe('connected');
    expect(await outcome(visitorSocket(url, token, { origin: own }))).toBe('connected');
    expect(await outcome(connectAgent(url, { cookie }))).toBe('connected');
    expect(await outcome(visitorSocket(url, token))).toBe('connected');
    expect((await upgrade(url, { origin: own })).status).toBe(101);
  });
});

describe('behind a trusted TLS proxy', () => {
  const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'kefu.example.com' };

  it('sends the session cookie Secure, and not while no proxy is trusted', async () => {
    const login = (url: string) =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...proxied },
        body: JSON.stringify(TEST_ADMIN),
      }).then((res) => res.headers.getSetCookie()[0] ?? '');
    const direct = await start();
    const plain = await login(direct.url);
    expect(plain).toMatch(/^kefu_session=/);
    expect(plain).not.toMatch(/; Secure/i);
    await direct.close();

    const behindProxy = await start({ KEFU_TRUST_PROXY: 'loopback' });
    const secure = await login(behindProxy.url);
    expect(secure).toMatch(/^kefu_session=/);
    expect(secure).toMatch(/; Secure/i);
  });

  it('takes the public origin from the proxy’s headers, and only from a trusted proxy', async () => {
    const { url } = await start({ KEFU_TRUST_PROXY: 'loopback' });
    const { token } = await sessionFrom(url);
    const origin = (o: string) => ({ ...proxied, origin: o });
    expect(await outcome(visitorSocket(url, token, origin('https://kefu.example.com')))).toBe(
      'connected',
    );
    // The proxy says https: the http page of the same host is another origin.
    expect(await outcome(visitorSocket(url, token, origin('http://kefu.example.com')))).toBe(
      'websocket error',
    );
    expect((await postSession(url, origin('https://kefu.example.com'))).status).toBe(201);
    expect((await postSession(url, origin(EVIL))).status).toBe(403);

    await server?.close();
    const direct = await start();
    const visitor = await sessionFrom(direct.url);
    // From an untrusted peer X-Forwarded-Host means nothing: the Host is 127.0.0.1:<port>.
    expect(
      await outcome(visitorSocket(direct.url, visitor.token, origin('https://kefu.example.com'))),
    ).toBe('websocket error');
    expect((await postSession(direct.url, origin('https://kefu.example.com'))).status).toBe(403);
  });
});

describe('payload sizes', () => {
  it('closes a connection that sends a frame over 64,000 bytes, and stores nothing', async () => {
    const running = await start();
    const { url } = running;
    const { token } = await sessionFrom(url);
    const socket = await visitorSocket(url, token);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    socket.emit(
      'message.send',
      { clientId: newClientId(), body: 'x'.repeat(65_000) },
      () => undefined,
    );
    expect(await closed).toBe('transport close');
    expect((await stored(running)).visitorMessages).toBe(0);
    // The visitor can connect again and chat.
    const again = await visitorSocket(url, token);
    sockets.push(again);
    const ack = await again
      .timeout(5_000)
      .emitWithAck('message.send', { clientId: newClientId(), body: 'hello' });
    expect(ack.ok).toBe(true);
  });
});
