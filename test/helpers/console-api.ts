import type { Role } from '../../protocol/index.ts';
import { hashPassword } from '../../server/services/agents/password.ts';
import { signIn } from './agent-client.ts';
import { startServer, type TestServer } from './server.ts';

export interface TestAgent {
  id: string;
  name: string;
  email: string;
  password: string;
  role?: Role;
  departments?: string[];
  maxChats?: number;
}

/** An agent (by default an ordinary one of the default department), stored directly. */
export async function addAgent(server: TestServer, agent: TestAgent): Promise<void> {
  const now = server.clock.now().toISOString();
  await server.store.agents.create({
    id: agent.id,
    email: agent.email,
    name: agent.name,
    role: agent.role ?? 'agent',
    passwordHash: await hashPassword(agent.password),
    maxChats: agent.maxChats ?? 5,
    lang: 'zh-CN',
    disabled: false,
    createdAt: now,
    updatedAt: now,
    departments: agent.departments ?? ['general'],
  });
}

export async function addDepartment(
  server: TestServer,
  department: { id: string; nameZh: string; nameEn: string },
): Promise<void> {
  await server.store.departments.create({
    ...department,
    isDefault: false,
    createdAt: server.clock.now().toISOString(),
  });
}

/**
 * Someone is online, but in a department of their own: a visitor asking for a person is
 * queued (not offered the leave-a-message form) and stays in the queue, as nobody of the
 * default department can take it.
 */
export async function onlineElsewhere(server: TestServer): Promise<void> {
  await addDepartment(server, { id: 'standby', nameZh: '值班', nameEn: 'Standby' });
  const agent = {
    id: 'standby-agent',
    name: 'Standby',
    email: 'standby@kefu.local',
    password: 'standby-password',
    departments: ['standby'],
  };
  await addAgent(server, agent);
  await server.store.agents.setStatus(agent.id, {
    status: 'online',
    changedAt: server.clock.now().toISOString(),
  });
}

/** A console REST request: always JSON, as the CSRF guard wants for anything but GET. */
export function consoleRequest(
  url: string,
  method: string,
  path: string,
  cookie: string | null,
  body?: unknown,
): Promise<Response> {
  return fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Mei Lin, an ordinary agent of the default department. */
export const MEI: TestAgent = {
  id: 'agent-mei',
  name: 'Mei Lin',
  email: 'mei@shop.example',
  password: 'mei-password-1',
};

export type ConsoleApi = (
  method: string,
  path: string,
  cookie: string | null,
  body?: unknown,
) => Promise<Response>;

/** A fresh server where the admin and Mei are signed in: their cookies, and requests to it. */
export async function startWithAdminAndAgent(): Promise<{
  server: TestServer;
  admin: string;
  agent: string;
  api: ConsoleApi;
}> {
  const server = await startServer();
  await addAgent(server, MEI);
  return {
    server,
    admin: await signIn(server.url),
    agent: await signIn(server.url, { email: MEI.email, password: MEI.password }),
    api: (method, path, cookie, body) => consoleRequest(server.url, method, path, cookie, body),
  };
}
