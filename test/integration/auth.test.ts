import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthResult, RestError } from '../../protocol/index.ts';
import { startServer, TEST_ADMIN, type TestServer } from '../helpers/server.ts';

const HOUR = 60 * 60 * 1000;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

const login = (email = TEST_ADMIN.email, password = TEST_ADMIN.password) =>
  post('/api/auth/login', JSON.stringify({ email, password }));

/** `kefu_session=…`, ready for a Cookie header. */
function sessionCookie(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('kefu_session='));
  if (!header) throw new Error('no session cookie');
  return header.split(';')[0]!;
}

async function signIn(): Promise<string> {
  const res = await login();
  expect(res.status).toBe(200);
  return sessionCookie(res);
}

const me = (cookie: string) => fetch(`${server.url}/api/auth/me`, { headers: { cookie } });
const logout = (cookie: string) => post('/api/auth/logout', '', { cookie });

describe('signing in', () => {
  it('lets the first admin in and shows their profile, never the password hash', async () => {
    const res = await login();
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/scrypt|hash|password/i);
    const { agent } = JSON.parse(text) as AuthResult;
    expect(agent).toEqual({
      id: expect.any(String),
      email: TEST_ADMIN.email,
      name: expect.any(String),
      role: 'admin',
      departments: ['general'],
      maxChats: 5,
      lang: 'zh-CN',
      avatar: null,
    });

    const again = await me(sessionCookie(res));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ agent });
  });

  it('accepts the e-mail in any letter case', async () => {
    expect((await login(TEST_ADMIN.email.toUpperCase())).status).toBe(200);
  });

  it('sets an httpOnly, SameSite=Strict cookie for the whole site', async () => {
    const header = (await login()).headers.getSetCookie()[0] ?? '';
    expect(header).toMatch(/^kefu_session=[A-Za-z0-9_-]{43};/);
    expect(header).toMatch(/; HttpOnly/i);
    expect(header).toMatch(/; SameSite=Strict/i);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/; Secure/i);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const wrong = await login(TEST_ADMIN.email, 'not-the-password');
    const unknown = await login('nobody@kefu.local', TEST_ADMIN.password);
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie()).toEqual([]);
      expect(await res.json()).toEqual({
        error: { code: 'unauthorized', message: 'Wrong e-mail or password.' },
      } satisfies RestError);
    }
  });

  it.each([
    ['no fields', '{}'],
    ['a malformed e-mail', '{"email":"admin","password":"x"}'],
    ['an empty password', `{"email":"${TEST_ADMIN.email}","password":""}`],
    ['an unknown field', `{"email":"${TEST_ADMIN.email}","password":"x","role":"admin"}`],
    ['broken JSON', '{"email":'],
  ])('rejects a body with %s as invalid input', async (_name, body) => {
    const res = await post('/api/auth/login', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_input' } });
  });

  it('refuses a form-encoded login, as a cross-site form would send it', async () => {
    const form = new URLSearchParams(TEST_ADMIN).toString();
    const res = await post('/api/auth/login', form, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('the session', () => {
  it('is required by /me', async () => {
    const res = await fetch(`${server.url}/api/auth/me`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await me('kefu_session=' + 'x'.repeat(43))).status).toBe(401);
  });

  it('ends on logout, and logging out twice is fine', async () => {
    const cookie = await signIn();
    const first = await logout(cookie);
    expect(first.status).toBe(204);
    expect(first.headers.getSetCookie()[0]).toMatch(/^kefu_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await me(cookie)).status).toBe(401);
    expect((await logout(cookie)).status).toBe(204);
    expect((await post('/api/auth/logout', '')).status).toBe(204);
  });

  it('ends after 12 idle hours but stays alive while used', async () => {
    const busy = await signIn();
    const idle = await signIn();
    for (let i = 0; i < 3; i++) {
      server.clock.advance(11 * HOUR);
      expect((await me(busy)).status).toBe(200);
    }
    expect((await me(idle)).status).toBe(401);
    server.clock.advance(12 * HOUR);
    expect((await me(busy)).status).toBe(401);
  });

  it('ends after 7 days however busy the agent is', async () => {
    const cookie = await signIn();
    for (let elapsed = 0; elapsed + 11 * HOUR < 7 * 24 * HOUR; elapsed += 11 * HOUR) {
      server.clock.advance(11 * HOUR);
      expect((await me(cookie)).status).toBe(200);
    }
    server.clock.advance(11 * HOUR);
    expect((await me(cookie)).status).toBe(401);
  });
});

describe('requests from other sites', () => {
  const evil = { origin: 'https://evil.example' };

  it('cannot log an agent out', async () => {
    const cookie = await signIn();
    const res = await post('/api/auth/logout', '', { ...evil, cookie });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await me(cookie)).status).toBe(200);
  });

  it('cannot sign in, while the console’s own origin can', async () => {
    const body = JSON.stringify(TEST_ADMIN);
    expect((await post('/api/auth/login', body, evil)).status).toBe(403);
    expect((await post('/api/auth/login', body, { origin: 'null' })).status).toBe(403);
    expect((await post('/api/auth/login', body, { origin: server.url })).status).toBe(200);
  });
});
