import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AGENT_NAMESPACE, type AgentStatus } from '../../protocol/index.ts';
import { AGENT_OFFLINE_GRACE_MS } from '../../server/services/agents/presence.ts';
import { ConsoleTab, connectRaw, signIn } from '../helpers/agent-client.ts';
import { startServer, TEST_ADMIN, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let cookie: string;
const tabs: ConsoleTab[] = [];

beforeEach(async () => {
  server = await startServer();
  cookie = await signIn(server.url);
});
afterEach(async () => {
  for (const tab of tabs.splice(0)) tab.close();
  await server.close();
});

async function openTab(): Promise<ConsoleTab> {
  const tab = await ConsoleTab.open(server.url, cookie);
  tabs.push(tab);
  // The server says the status to every new tab once it has recorded the arrival.
  await vi.waitFor(() => expect(tab.status).toBeDefined());
  return tab;
}

async function storedStatus(): Promise<AgentStatus | undefined> {
  const agent = await server.store.agents.findByEmail(TEST_ADMIN.email);
  return (await server.store.agents.getStatus(agent!.id))?.status;
}

/** Closes the tab and waits until the server has seen it go (its disconnect handlers ran). */
async function closeLastTab(tab: ConsoleTab): Promise<void> {
  const id = tab.socket.id;
  tab.close();
  await vi.waitFor(() => expect(server.app.io.of(AGENT_NAMESPACE).sockets.has(id!)).toBe(false));
}

describe('agent status', () => {
  it('starts offline and turns online when the first console tab connects', async () => {
    expect(await storedStatus()).toBe('offline');
    const tab = await openTab();
    expect(tab.statuses).toEqual(['online']);
    expect(await storedStatus()).toBe('online');
  });

  it('shows a status chosen in one tab in every tab of the agent', async () => {
    const first = await openTab();
    const second = await openTab();
    expect(await first.setStatus('away')).toEqual({ ok: true, data: { status: 'away' } });
    await vi.waitFor(() => expect(second.status).toBe('away'));
    await vi.waitFor(() => expect(first.status).toBe('away'));
    expect(await storedStatus()).toBe('away');

    // A new tab does not bring an agent who chose away back online.
    const third = await openTab();
    expect(third.statuses).toEqual(['away']);
  });

  it('rejects a status that cannot be chosen, and changes nothing', async () => {
    const tab = await openTab();
    const raw = await connectRaw(server.url, { cookie });
    for (const payload of [{ status: 'offline' }, { status: 'busy' }, {}, 'away']) {
      const ack: unknown = await raw.timeout(5_000).emitWithAck('status.set', payload);
      expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    raw.close();
    expect(await storedStatus()).toBe('online');
    expect(tab.statuses).toEqual(['online']);
  });

  it('goes offline only when the last tab stayed closed for the grace period', async () => {
    const first = await openTab();
    const second = await openTab();
    first.close();
    server.clock.advance(AGENT_OFFLINE_GRACE_MS * 2);
    expect(await storedStatus()).toBe('online');

    // Waits for both closes: the offline timer starts only when no tab is left.
    await closeLastTab(second);
    server.clock.advance(AGENT_OFFLINE_GRACE_MS - 1_000);
    expect(await storedStatus()).toBe('online');
    server.clock.advance(1_000);
    await vi.waitFor(async () => expect(await storedStatus()).toBe('offline'));
  });

  it('keeps the status when a tab comes back within the grace period', async () => {
    const tab = await openTab();
    expect(await tab.setStatus('away')).toMatchObject({ ok: true });
    await closeLastTab(tab);
    server.clock.advance(AGENT_OFFLINE_GRACE_MS - 1_000);

    const back = await openTab();
    expect(back.statuses).toEqual(['away']);
    server.clock.advance(AGENT_OFFLINE_GRACE_MS * 2);
    expect(await storedStatus()).toBe('away');
  });
});
