import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestError } from '../../protocol/index.ts';
import { LOGIN_LOCK_MS } from '../../server/services/auth/login-throttle.ts';
import { addAgent, MEI } from '../helpers/console-api.ts';
import { startServer, TEST_ADMIN, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
  await addAgent(server, MEI);
});
afterEach(() => server.close());

function login(email: string, password: string): Promise<Response> {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

async function failures(email: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) statuses.push((await login(email, 'not-the-password')).status);
  return statuses;
}

/** The refusal without its times, which differ between two lockouts. */
async function lockout(res: Response) {
  const { error } = (await res.json()) as RestError;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ...error };
}

describe('signing in with the wrong password again and again', () => {
  it('locks the account for 15 minutes on the fifth failure, saying until when', async () => {
    expect(await failures(MEI.email, 4)).toEqual([401, 401, 401, 401]);
    const fifth = await login(MEI.email, 'still-wrong');
    const retryAt = new Date(server.clock.now().getTime() + LOGIN_LOCK_MS).toISOString();
    expect(await lockout(fifth)).toEqual({
      status: 429,
      retryAfter: '900',
      code: 'rate_limited',
      message: `Too many failed sign-ins. Try again after ${retryAt}.`,
      retryAt,
    });
    // Locked means locked: the right password waits too.
    expect((await login(MEI.email, MEI.password)).status).toBe(429);

    server.clock.advance(LOGIN_LOCK_MS);
    expect((await login(MEI.email, MEI.password)).status).toBe(200);
  });

  it('answers an e-mail without an account exactly like one with an account', async () => {
    await failures(MEI.email, 4);
    await failures('nobody@shop.example', 4);
    const known = await lockout(await login(MEI.email, 'wrong'));
    const unknown = await lockout(await login('nobody@shop.example', 'wrong'));
    expect(unknown).toEqual(known);
  });

  it('does not lock colleagues out for one person’s typos', async () => {
    await failures(MEI.email, 5);
    expect((await login(MEI.email, MEI.password)).status).toBe(429);
    expect((await login(TEST_ADMIN.email, TEST_ADMIN.password)).status).toBe(200);
  });

  it('starts counting afresh after a successful sign-in', async () => {
    expect(await failures(MEI.email, 4)).toEqual([401, 401, 401, 401]);
    expect((await login(MEI.email, MEI.password)).status).toBe(200);
    expect(await failures(MEI.email, 4)).toEqual([401, 401, 401, 401]);
  });

  it('forgets failures older than the 15-minute window', async () => {
    await failures(MEI.email, 4);
    server.clock.advance(15 * 60 * 1000);
    expect(await failures(MEI.email, 4)).toEqual([401, 401, 401, 401]);
  });

  it('counts guesses sent in parallel, so none slips past the limit', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => login(MEI.email, 'guess').then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 401).length).toBe(4);
    expect(statuses.filter((s) => s === 429).length).toBe(8);
  });

  it('stops an address that tries many accounts, whoever signs in from it next', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 50; i += 1)
      statuses.push(...(await failures(`guess-${i}@shop.example`, 1)));
    // Each account failed once; the address as a whole reached its limit of 50.
    expect(statuses.slice(0, 49).every((s) => s === 401)).toBe(true);
    expect(statuses[49]).toBe(429);
    expect((await login(TEST_ADMIN.email, TEST_ADMIN.password)).status).toBe(429);
  });

  it('keeps the lock across a restart', async () => {
    await failures(MEI.email, 5);
    const { dataDir } = server;
    await server.app.close();
    await server.store.close();
    const again = await startServer({ dataDir });
    try {
      const res = await fetch(`${again.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: MEI.email, password: MEI.password }),
      });
      expect(res.status).toBe(429);
    } finally {
      await again.close();
    }
  });
});
