import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../helpers/visitor-client.ts';
import { connectAgent, connectRaw, signIn } from '../helpers/agent-client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const refusal = (headers: Record<string, string>) =>
  connectAgent(server.url, headers).then(
    (socket) => {
      socket.close();
      return 'connected';
    },
    (err: Error) => err.message,
  );

describe('the /agent namespace', () => {
  it('lets a signed-in agent in', async () => {
    const socket = await connectAgent(server.url, { cookie: await signIn(server.url) });
    expect(socket.connected).toBe(true);
    socket.close();
  });

  it('refuses a socket without a session cookie, or with a made-up one', async () => {
    expect(await refusal({})).toBe('unauthorized');
    expect(await refusal({ cookie: `kefu_session=${'x'.repeat(43)}` })).toBe('unauthorized');
    expect(await refusal({ cookie: 'kefu_session=not-a-token' })).toBe('unauthorized');
  });

  it('refuses the cookie of a session that has signed out', async () => {
    const cookie = await signIn(server.url);
    const out = await fetch(`${server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(204);
    expect(await refusal({ cookie })).toBe('unauthorized');
  });

  it('does not let a visitor token in, as handshake auth or as a cookie', async () => {
    const { token } = await createSession(server.url);
    const visitor = await connectRaw(server.url, {}, { token }).catch((err: Error) => err.message);
    expect(visitor).toBe('unauthorized');
    expect(await refusal({ cookie: `kefu_session=${token}` })).toBe('unauthorized');
  });

  it('refuses a page on another site, even with a valid cookie', async () => {
    const cookie = await signIn(server.url);
    // Refused at the WebSocket upgrade, before the namespace (abuse-connections.test.ts).
    expect(await refusal({ cookie, origin: 'https://evil.example' })).toBe('websocket error');
    const own = new URL(server.url).origin;
    expect(await refusal({ cookie, origin: own })).toBe('connected');
  });
});
