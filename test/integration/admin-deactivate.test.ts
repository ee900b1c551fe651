import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentAdmin } from '../../protocol/index.ts';
import { BOT_PHRASES } from '../../server/services/bot/phrases.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { adminApi, expectError, expectJson } from '../helpers/admin-api.ts';
import { agentAtDesk, heldBy, visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import type { VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: string;
const open: { close(): void }[] = [];

const LEI = { id: 'lei', email: 'lei@kefu.local', password: 'lei-password' };
const LEI_LOGIN = { email: LEI.email, password: LEI.password };

beforeEach(async () => {
  server = await startServer();
  admin = await signIn(server.url);
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

const api = (method: string, path: string, body?: unknown) =>
  adminApi(server, admin)(method, path, body);

async function deactivate(id: string): Promise<AgentAdmin> {
  const res = await api('POST', `/api/admin/agents/${id}/deactivate`, {});
  return (await expectJson<{ agent: AgentAdmin }>(res, 200)).agent;
}

/** Lei at the desk, holding one visitor's chat. */
async function leiWithAChat(): Promise<{
  tab: ConsoleTab;
  visitor: VisitorTab;
  conversationId: string;
}> {
  const tab = await agentAtDesk(server, LEI);
  const { tab: visitor, conversationId } = await visitorAsking(server);
  open.push(tab, visitor);
  await heldBy(server, conversationId, LEI.id);
  return { tab, visitor, conversationId };
}

function reconnect(tab: ConsoleTab): Promise<string> {
  return new Promise((resolve) => {
    tab.socket.once('connect', () => resolve('connected'));
    tab.socket.once('connect_error', (err) => resolve(err.message));
    tab.socket.connect();
  });
}

describe('deactivating an agent', () => {
  it('disconnects their console, refuses their sign-in and puts their chat back in the queue', async () => {
    const { tab, visitor, conversationId } = await leiWithAChat();
    const cookie = await signIn(server.url, LEI_LOGIN);
    const reasons: string[] = [];
    tab.socket.on('disconnect', (reason) => reasons.push(reason));

    const agent = await deactivate(LEI.id);
    expect(agent).toMatchObject({ active: false, status: 'offline', activeChats: 0 });
    await vi.waitFor(() => expect(reasons).toEqual(['io server disconnect']));
    expect(await reconnect(tab)).toBe('unauthorized');
    await expect(signIn(server.url, LEI_LOGIN)).rejects.toThrow('401');
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);

    expect(await server.store.conversations.get(conversationId)).toMatchObject({
      status: 'queued',
      agentId: null,
    });
    await vi.waitFor(() =>
      expect(visitor.created.map((m) => m.body)).toContain(BOT_PHRASES.en.transferred),
    );
  });

  it('hands the chat to a colleague who is online', async () => {
    const { conversationId } = await leiWithAChat();
    open.push(await agentAtDesk(server, { id: 'mei' }));
    await deactivate(LEI.id);
    await heldBy(server, conversationId, 'mei');
  });

  it('also frees the chats of an agent who is offline already (after a restart)', async () => {
    const { tab, conversationId } = await leiWithAChat();
    tab.close();
    await server.store.agents.setStatus(LEI.id, {
      status: 'offline',
      changedAt: server.clock.now().toISOString(),
    });
    await deactivate(LEI.id);
    expect((await server.store.conversations.get(conversationId))?.status).toBe('queued');
  });

  it('can be undone: the agent signs in again, offline and with no chats', async () => {
    await leiWithAChat();
    await deactivate(LEI.id);
    expect(await deactivate(LEI.id)).toMatchObject({ active: false });
    const res = await api('POST', `/api/admin/agents/${LEI.id}/reactivate`, {});
    expect((await expectJson<{ agent: AgentAdmin }>(res, 200)).agent).toMatchObject({
      active: true,
      status: 'offline',
      activeChats: 0,
    });
    expect(await signIn(server.url, LEI_LOGIN)).toMatch(/^kefu_session=/);
    await expectError(
      await api('POST', '/api/admin/agents/nobody/deactivate', {}),
      404,
      'not_found',
    );
  });
});
