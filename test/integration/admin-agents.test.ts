import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentAdmin, AgentCreated, PasswordReset } from '../../protocol/index.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import {
  adminApi,
  createViaApi,
  expectError,
  expectJson,
  NEW_AGENT,
} from '../helpers/admin-api.ts';
import { addDepartment, onlineElsewhere } from '../helpers/console-api.ts';
import { startServer, TEST_ADMIN, type TestServer } from '../helpers/server.ts';
import { newClientId, newVisitor } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: string;
const tabs: ConsoleTab[] = [];

beforeEach(async () => {
  server = await startServer();
  await addDepartment(server, { id: 'after-sales', nameZh: '售后', nameEn: 'After-sales' });
  admin = await signIn(server.url);
});
afterEach(async () => {
  for (const tab of tabs.splice(0)) tab.close();
  await server.close();
});

const api = (method: string, path: string, body?: unknown) =>
  adminApi(server, admin)(method, path, body);

async function agents(): Promise<AgentAdmin[]> {
  return (await expectJson<{ agents: AgentAdmin[] }>(await api('GET', '/api/admin/agents'), 200))
    .agents;
}

/** Whether this e-mail and password open a console session. */
async function canSignIn(email: string, password: string): Promise<boolean> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return res.status === 200;
}

async function openTab(cookie: string): Promise<ConsoleTab> {
  const tab = await ConsoleTab.open(server.url, cookie);
  tabs.push(tab);
  await vi.waitFor(() => expect(tab.status).toBeDefined());
  return tab;
}

describe('creating an account', () => {
  it('lists it with its status and load, and the new agent signs in with the password given', async () => {
    const res = await api('POST', '/api/admin/agents', {
      ...NEW_AGENT,
      departments: ['general', 'after-sales', 'general'],
    });
    const created = await expectJson<AgentCreated>(res, 201);
    expect(created).toEqual({
      agent: {
        id: expect.any(String),
        email: 'lei.wang@shop.example',
        name: '王磊',
        role: 'agent',
        departments: ['after-sales', 'general'],
        maxChats: 3,
        lang: 'zh-CN',
        avatar: null,
        active: true,
        status: 'offline',
        activeChats: 0,
        createdAt: '2025-03-01T08:00:00.000Z',
      },
      generatedPassword: null,
    });
    expect(JSON.stringify(created)).not.toContain('scrypt');
    expect(await canSignIn('LEI.WANG@shop.example', 'wang-lei-password')).toBe(true);

    const list = await agents();
    expect(list.map((a) => [a.email, a.role, a.active])).toEqual([
      [TEST_ADMIN.email, 'admin', true],
      ['lei.wang@shop.example', 'agent', true],
    ]);
  });

  it('makes up a password when none is given and shows it this once', async () => {
    // An undefined password is left out of the JSON body.
    const res = await api('POST', '/api/admin/agents', { ...NEW_AGENT, password: undefined });
    const { agent, generatedPassword } = await expectJson<AgentCreated>(res, 201);
    expect(generatedPassword).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    expect(await canSignIn(agent.email, generatedPassword!)).toBe(true);
    expect(JSON.stringify(await agents())).not.toContain(generatedPassword);
  });

  it('refuses a taken e-mail, an unknown department and a short password', async () => {
    await createViaApi(server, admin);
    const taken = await api('POST', '/api/admin/agents', {
      ...NEW_AGENT,
      email: 'lei.WANG@shop.example',
    });
    expect(await expectError(taken, 409, 'conflict')).toContain('already has an account');
    const nowhere = await api('POST', '/api/admin/agents', {
      ...NEW_AGENT,
      email: 'x@shop.example',
      departments: ['moon-base'],
    });
    expect(await expectError(nowhere, 400, 'invalid_input')).toContain('moon-base');
    const short = await api('POST', '/api/admin/agents', {
      ...NEW_AGENT,
      email: 'y@shop.example',
      password: 'short',
    });
    expect(await expectError(short, 400, 'invalid_input')).toMatch(/^password:/);
    expect(await agents()).toHaveLength(2);
  });
});

describe('editing an account', () => {
  it('changes the profile but never the password, and a taken e-mail is refused', async () => {
    const lei = await createViaApi(server, admin);
    const res = await api('PUT', `/api/admin/agents/${lei.id}`, {
      email: 'lei@shop.example',
      name: 'Lei Wang',
      role: 'agent',
      departments: ['after-sales'],
      maxChats: 8,
      lang: 'en',
    });
    const { agent } = await expectJson<{ agent: AgentAdmin }>(res, 200);
    expect(agent).toMatchObject({
      email: 'lei@shop.example',
      name: 'Lei Wang',
      departments: ['after-sales'],
      maxChats: 8,
      lang: 'en',
    });
    expect(await canSignIn('lei@shop.example', 'wang-lei-password')).toBe(true);

    const clash = await api('PUT', `/api/admin/agents/${lei.id}`, {
      ...NEW_AGENT,
      password: undefined,
      email: TEST_ADMIN.email,
    });
    await expectError(clash, 409, 'conflict');
    const missing = await api('PUT', '/api/admin/agents/nobody', {
      ...NEW_AGENT,
      password: undefined,
    });
    await expectError(missing, 404, 'not_found');
  });

  it('moves the agent’s open console tab to the queues of the new departments at once', async () => {
    const lei = await createViaApi(server, admin);
    const tab = await openTab(
      await signIn(server.url, { email: lei.email, password: 'wang-lei-password' }),
    );
    // Away: the chat below waits in the queue instead of being routed to Lei.
    expect(await tab.setStatus('away')).toMatchObject({ ok: true });
    const edit = { ...NEW_AGENT, password: undefined, departments: ['after-sales'] };
    await expectJson(await api('PUT', `/api/admin/agents/${lei.id}`, edit), 200);
    await vi.waitFor(() => expect(tab.queueChanges).toBe(1));

    // Someone is online elsewhere, so the visitor is queued rather than offered a form.
    await onlineElsewhere(server);
    // A visitor who picks after-sales shows up in the tab's queue without a reconnect.
    const picker = {
      businessHours: { enabled: false, timeZone: 'Asia/Shanghai', weekly: [], holidays: [] },
      departmentPicker: true,
    };
    await expectJson(await api('PUT', '/api/settings', picker), 200);
    const { tab: visitor } = await newVisitor(server.url, 'en');
    await visitor.send('My parcel arrived broken');
    const handoff = await visitor.socket
      .timeout(5_000)
      .emitWithAck('handoff.request', { clientId: newClientId(), departmentId: 'after-sales' });
    expect(handoff.ok).toBe(true);
    await vi.waitFor(() => expect(tab.queueChanges).toBe(2));
    const queue = await tab.call('queue.list', {});
    expect(queue.ok && queue.data.conversations.map((c) => c.departmentId)).toEqual([
      'after-sales',
    ]);
    visitor.close();
  });
});

describe('the last active admin', () => {
  it('cannot be made an agent or deactivated, until there is another admin', async () => {
    const [me] = await agents();
    const demote = await api('PUT', `/api/admin/agents/${me!.id}`, {
      email: me!.email,
      name: me!.name,
      role: 'agent',
      departments: me!.departments,
      maxChats: me!.maxChats,
      lang: me!.lang,
    });
    expect(await expectError(demote, 409, 'conflict')).toContain('last active admin');
    const deactivate = await api('POST', `/api/admin/agents/${me!.id}/deactivate`, {});
    expect(await expectError(deactivate, 409, 'conflict')).toContain('last active admin');
    expect((await agents())[0]).toMatchObject({ role: 'admin', active: true });

    // A deactivated admin does not count.
    const other = await createViaApi(server, admin, { email: 'boss@shop.example', role: 'admin' });
    await expectJson(await api('POST', `/api/admin/agents/${other.id}/deactivate`, {}), 200);
    await expectError(
      await api('POST', `/api/admin/agents/${me!.id}/deactivate`, {}),
      409,
      'conflict',
    );

    await expectJson(await api('POST', `/api/admin/agents/${other.id}/reactivate`, {}), 200);
    const demoted = await api('PUT', `/api/admin/agents/${me!.id}`, {
      ...NEW_AGENT,
      password: undefined,
      email: me!.email,
      role: 'agent',
    });
    expect((await expectJson<{ agent: AgentAdmin }>(demoted, 200)).agent.role).toBe('agent');
  });

  it('survives two admins demoting each other at the same moment', async () => {
    const other = await createViaApi(server, admin, { email: 'boss@shop.example', role: 'admin' });
    const boss = await signIn(server.url, { email: other.email, password: 'wang-lei-password' });
    const [me] = await agents();
    const asAgent = (a: AgentAdmin) => ({
      ...NEW_AGENT,
      password: undefined,
      email: a.email,
      role: 'agent',
    });
    const results = await Promise.all([
      adminApi(server, admin)('PUT', `/api/admin/agents/${other.id}`, asAgent(other)),
      adminApi(server, boss)('PUT', `/api/admin/agents/${me!.id}`, asAgent(me!)),
    ]);
    // One wins; the other is refused, as the last admin or as no longer an admin.
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const admins = (await server.store.agents.list()).filter(
      (a) => a.role === 'admin' && !a.disabled,
    );
    expect(admins).toHaveLength(1);
  });
});

describe('resetting a password', () => {
  it('lets the agent in with the new one only and ends their sessions and open tabs', async () => {
    const lei = await createViaApi(server, admin);
    const cookie = await signIn(server.url, { email: lei.email, password: 'wang-lei-password' });
    const tab = await openTab(cookie);
    const reasons: string[] = [];
    tab.socket.on('disconnect', (reason) => reasons.push(reason));

    const res = await api('POST', `/api/admin/agents/${lei.id}/password`, {
      password: 'fresh-password-2',
    });
    expect(await expectJson<PasswordReset>(res, 200)).toEqual({ generatedPassword: null });
    await vi.waitFor(() => expect(reasons).toEqual(['io server disconnect']));
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(401);
    expect(await canSignIn(lei.email, 'wang-lei-password')).toBe(false);
    expect(await canSignIn(lei.email, 'fresh-password-2')).toBe(true);
  });

  it('can make one up, and keeps the admin signed in when they reset their own', async () => {
    const [me] = await agents();
    const elsewhere = await signIn(server.url);
    const res = await api('POST', `/api/admin/agents/${me!.id}/password`, {});
    const { generatedPassword } = await expectJson<PasswordReset>(res, 200);
    expect(await canSignIn(TEST_ADMIN.email, generatedPassword!)).toBe(true);
    expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie: admin } })).status).toBe(
      200,
    );
    expect(
      (await fetch(`${server.url}/api/auth/me`, { headers: { cookie: elsewhere } })).status,
    ).toBe(401);
  });
});
