import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentStatus } from '../../protocol/index.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { makeTempDir, startServer, TEST_ADMIN, type TestServer } from '../helpers/server.ts';

let dataDir: string;
let server: TestServer | undefined;
const tabs: ConsoleTab[] = [];

beforeEach(async () => {
  dataDir = await makeTempDir('kefu-restart-');
});
afterEach(async () => {
  for (const tab of tabs.splice(0)) tab.close();
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function openTab(): Promise<ConsoleTab> {
  const tab = await ConsoleTab.open(server!.url, await signIn(server!.url));
  tabs.push(tab);
  await vi.waitFor(() => expect(tab.status).toBeDefined());
  return tab;
}

async function storedStatus(): Promise<AgentStatus | undefined> {
  const agent = await server!.store.agents.findByEmail(TEST_ADMIN.email);
  return (await server!.store.agents.getStatus(agent!.id))?.status;
}

/** Stops the server with its console tabs still open, before any offline grace period ran out. */
async function restart(): Promise<void> {
  await server!.close();
  server = await startServer({ dataDir });
}

describe('agent status across a server restart', () => {
  it('shows an agent left online by the last run as offline until a console tab connects', async () => {
    server = await startServer({ dataDir });
    await openTab();
    expect(await storedStatus()).toBe('online');

    await restart();
    expect(await storedStatus()).toBe('offline');

    const back = await openTab();
    expect(back.statuses).toEqual(['online']);
  });

  it('keeps an agent who chose away as away', async () => {
    server = await startServer({ dataDir });
    const tab = await openTab();
    expect(await tab.setStatus('away')).toMatchObject({ ok: true });

    await restart();
    expect(await storedStatus()).toBe('away');
  });
});
