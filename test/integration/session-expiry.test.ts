import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_IDLE_MS } from '../../server/services/auth/session-policy.ts';
import { hashToken } from '../../server/services/token.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { addAgent, consoleRequest, MEI } from '../helpers/console-api.ts';
import { startServer, type TestServer } from '../helpers/server.ts';

const HOUR = 60 * 60 * 1000;

let server: TestServer;
const tabs: ConsoleTab[] = [];
beforeEach(async () => {
  server = await startServer();
  await addAgent(server, MEI);
});
afterEach(async () => {
  for (const tab of tabs.splice(0)) tab.close();
  await server.close();
});

const meiSignsIn = () => signIn(server.url, { email: MEI.email, password: MEI.password });

async function openTab(cookie: string): Promise<{ tab: ConsoleTab; reasons: string[] }> {
  const tab = await ConsoleTab.open(server.url, cookie);
  tabs.push(tab);
  await vi.waitFor(() => expect(tab.status).toBe('online'));
  const reasons: string[] = [];
  tab.socket.on('disconnect', (reason) => reasons.push(reason));
  return { tab, reasons };
}

const me = (cookie: string) => consoleRequest(server.url, 'GET', '/api/auth/me', cookie);

/** The reason the tab's reconnect is refused with, or 'connected'. */
function reconnect(tab: ConsoleTab): Promise<string> {
  return new Promise((resolve) => {
    tab.socket.once('connect', () => resolve('connected'));
    tab.socket.once('connect_error', (err) => resolve(err.message));
    tab.socket.connect();
  });
}

describe('an expired console session', () => {
  it('drops an idle console tab when its session ends, and refuses it back', async () => {
    const cookie = await meiSignsIn();
    const { tab, reasons } = await openTab(cookie);
    server.clock.advance(SESSION_IDLE_MS);
    await vi.waitFor(() => expect(reasons).toEqual(['io server disconnect']));
    expect(await reconnect(tab)).toBe('unauthorized');
    expect((await me(cookie)).status).toBe(401);
  });

  it('refuses the next event of a tab whose session ended elsewhere', async () => {
    const cookie = await meiSignsIn();
    const { tab, reasons } = await openTab(cookie);
    // Ended behind this process's back, as another server node would.
    await server.store.agentSessions.delete(hashToken(cookie.split('=')[1]!));
    expect(await tab.call('chat.list', {})).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Your sign-in has ended. Please sign in again.' },
    });
    await vi.waitFor(() => expect(reasons).toEqual(['io server disconnect']));
  });

  it('keeps a tab that is in use signed in past the idle limit', async () => {
    const cookie = await meiSignsIn();
    const { tab, reasons } = await openTab(cookie);
    for (let hour = 0; hour < 13; hour += 1) {
      server.clock.advance(HOUR);
      expect((await tab.call('chat.list', {})).ok).toBe(true);
    }
    expect(reasons).toEqual([]);
    expect((await me(cookie)).status).toBe(200);
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the agent and drops all their console tabs, and nobody else’s', async () => {
    const office = await meiSignsIn();
    const phone = await meiSignsIn();
    const colleague = await signIn(server.url);
    const atOffice = await openTab(office);
    const onPhone = await openTab(phone);
    const other = await openTab(colleague);

    const res = await consoleRequest(server.url, 'POST', '/api/auth/logout-everywhere', phone, {});
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join()).toMatch(/kefu_session=;/);

    await vi.waitFor(() => {
      expect(atOffice.reasons).toEqual(['io server disconnect']);
      expect(onPhone.reasons).toEqual(['io server disconnect']);
    });
    expect((await me(office)).status).toBe(401);
    expect((await me(phone)).status).toBe(401);
    expect(await reconnect(atOffice.tab)).toBe('unauthorized');
    expect(other.reasons).toEqual([]);
    expect((await me(colleague)).status).toBe(200);
  });
});
