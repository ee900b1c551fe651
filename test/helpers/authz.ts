import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Router } from 'express';
import { SESSION_IDLE_MS } from '../../server/services/auth/session-policy.ts';
import type { App } from '../../server/app.ts';
import { ConsoleTab, signIn } from './agent-client.ts';
import { addAgent, addDepartment, type TestAgent } from './console-api.ts';
import { agentAtDesk, heldBy, visitorAsking } from './desk.ts';
import { makeTempDir, startServer, TEST_ADMIN, type TestServer } from './server.ts';
import type { VisitorTab } from './visitor-client.ts';

/** Everyone an authorisation rule must tell apart. */
export const WHO = ['anon', 'expired', 'deactivated', 'otherDept', 'agent', 'admin'] as const;
export type Who = (typeof WHO)[number];
export type Expected = Record<Who, number | string>;

/** A Kefu with one of each, and a chat that Mei (of the default department) holds. */
export interface Cast {
  server: TestServer;
  /** The console cookie of each, null for the signed-out caller. */
  cookies: Record<Who, string | null>;
  accounts: Partial<Record<Who, TestAgent>>;
  /** Mei's chat, in the default department: Sam of Sales never held it. */
  conversationId: string;
  visitor: VisitorTab;
  mei: ConsoleTab;
  adminId: string;
  /** Signs Sam, Mei and the admin in again, e.g. after they signed out everywhere. */
  renew(): Promise<void>;
  close(): Promise<void>;
}

/** What the login form sends for an account. */
export const credentials = (a: TestAgent) => ({ email: a.email, password: a.password });

const account = (id: string, departments: string[]): TestAgent => ({
  id,
  name: id.toUpperCase(),
  email: `${id}@kefu.local`,
  password: `${id}-password`,
  departments,
});

/** A stand-in for the built browser files, so the page routes answer 200 without a build. */
async function writeDist(dir: string): Promise<void> {
  for (const sub of ['loader', 'widget/chat', 'console', 'assets']) {
    await mkdir(join(dir, sub), { recursive: true });
  }
  await writeFile(join(dir, 'loader/widget.js'), 'window.kefu = 1;');
  await writeFile(join(dir, 'loader/widget-help.js'), 'window.kefuHelp = 1;');
  await writeFile(join(dir, 'widget/chat/index.html'), '<!doctype html><title>chat</title>');
  await writeFile(join(dir, 'console/index.html'), '<!doctype html><title>console</title>');
}

export async function startCast(): Promise<Cast> {
  const dist = await makeTempDir('kefu-dist-');
  await writeDist(dist);
  const server = await startServer({ paths: { distDir: dist } });
  await addDepartment(server, { id: 'sales', nameZh: '销售', nameEn: 'Sales' });
  const accounts = {
    expired: account('old', ['general']),
    deactivated: account('gone', ['general']),
    otherDept: account('sam', ['sales']),
    agent: account('mei', ['general']),
  };
  await addAgent(server, accounts.expired);
  const expired = await signIn(server.url, credentials(accounts.expired));
  // Left alone past the idle limit; everyone else signs in afterwards.
  server.clock.advance(SESSION_IDLE_MS);
  await addAgent(server, accounts.deactivated);
  const deactivated = await signIn(server.url, credentials(accounts.deactivated));
  // Disabled with its session row still there: the account's state alone must refuse it.
  await server.store.agents.setDisabled('gone', true, server.clock.now().toISOString());
  await addAgent(server, accounts.otherDept);
  const mei = await agentAtDesk(server, accounts.agent);
  const { tab: visitor, conversationId } = await visitorAsking(server);
  await heldBy(server, conversationId, 'mei');
  const cookies: Record<Who, string | null> = {
    anon: null,
    expired,
    deactivated,
    otherDept: await signIn(server.url, credentials(accounts.otherDept)),
    agent: await signIn(server.url, credentials(accounts.agent)),
    admin: await signIn(server.url),
  };
  return {
    server,
    cookies,
    accounts,
    conversationId,
    visitor,
    mei,
    adminId: (await server.store.agents.findByEmail(TEST_ADMIN.email))!.id,
    async renew() {
      cookies.otherDept = await signIn(server.url, credentials(accounts.otherDept));
      cookies.agent = await signIn(server.url, credentials(accounts.agent));
      cookies.admin = await signIn(server.url);
    },
    async close() {
      visitor.close();
      mei.close();
      await server.close();
    },
  };
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route Express would dispatch to, as `METHOD /path`, found in the router stack. */
export function listRoutes(app: App): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]): void => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') found.push(`${method.toUpperCase()} ${layer.route.path}`);
        }
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app.http.router as Router & { stack: Layer[] }).stack);
  return [...new Set(found)].sort();
}
