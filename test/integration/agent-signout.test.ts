import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
const tabs: ConsoleTab[] = [];

beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  for (const tab of tabs.splice(0)) tab.close();
  await server.close();
});

async function openTab(cookie: string): Promise<ConsoleTab> {
  const tab = await ConsoleTab.open(server.url, cookie);
  tabs.push(tab);
  await vi.waitFor(() => expect(tab.status).toBeDefined());
  return tab;
}

async function signOut(cookie: string): Promise<void> {
  const res = await fetch(`${server.url}/api/auth/logout`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(204);
}

/** The reason the tab's next reconnect is refused with, or 'connected'. */
function reconnect(tab: ConsoleTab): Promise<string> {
  return new Promise((resolve) => {
    tab.socket.once('connect', () => resolve('connected'));
    tab.socket.once('connect_error', (err) => resolve(err.message));
    tab.socket.connect();
  });
}

describe('signing out of the console', () => {
  it("ends that sign-in's open tabs and leaves the agent's other browser connected", async () => {
    const cookieA = await signIn(server.url);
    const cookieB = await signIn(server.url);
    const a1 = await openTab(cookieA);
    const a2 = await openTab(cookieA);
    const b = await openTab(cookieB);
    const reasons: string[] = [];
    for (const tab of [a1, a2]) tab.socket.on('disconnect', (reason) => reasons.push(reason));

    await signOut(cookieA);
    await vi.waitFor(() =>
      expect(reasons).toEqual(['io server disconnect', 'io server disconnect']),
    );
    expect(b.socket.connected).toBe(true);
    expect(await b.setStatus('away')).toEqual({ ok: true, data: { status: 'away' } });

    // The console reconnects after a server disconnect; the ended session is refused.
    expect(await reconnect(a1)).toBe('unauthorized');
  });

  it('keeps the tabs of a sign-in that did not sign out', async () => {
    const cookie = await signIn(server.url);
    const tab = await openTab(cookie);
    await signOut(await signIn(server.url));
    expect(await tab.setStatus('away')).toEqual({ ok: true, data: { status: 'away' } });
    expect(tab.socket.connected).toBe(true);
  });
});
