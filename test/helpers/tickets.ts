import { expect } from 'vitest';
import type {
  Language,
  LeftMessageReceipt,
  TicketDetail,
  TicketEvent,
  TicketList,
} from '../../protocol/index.ts';
import { signIn } from './agent-client.ts';
import { addAgent, addDepartment, consoleRequest, type TestAgent } from './console-api.ts';
import { startServer, type TestServer, type TestServerOptions } from './server.ts';
import { newClientId, newVisitor, unwrap } from './visitor-client.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const account = (id: string, name: string, departments: string[]): TestAgent => ({
  id,
  name,
  email: `${id}@shop.example`,
  password: `${id}-password`,
  departments,
});

/**
 * Mei answers chats (general); Li is the contact of 售后 / After-sales, which Mei escalates
 * to; Sam works Sales and has nothing to do with either.
 */
export const PEOPLE = {
  mei: account('mei', 'Mei', ['general']),
  li: account('li', 'Li', ['after-sales']),
  sam: account('sam', 'Sam', ['sales']),
} as const;
export type Person = keyof typeof PEOPLE | 'admin';

export interface TicketDesk {
  server: TestServer;
  /** A console REST call as one of the cast; the JSON answer and the status. */
  call<T = TicketDetail>(
    who: Person,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  /** Uses everyone's sign-in once, as a working desk does: sessions end after 12 idle hours. */
  keepAlive(): Promise<void>;
  close(): Promise<void>;
}

export async function startTicketDesk(options: TestServerOptions = {}): Promise<TicketDesk> {
  const server = await startServer(options);
  await addDepartment(server, { id: 'after-sales', nameZh: '售后', nameEn: 'After-sales' });
  await addDepartment(server, { id: 'sales', nameZh: '销售', nameEn: 'Sales' });
  for (const person of Object.values(PEOPLE)) await addAgent(server, person);
  const cookies: Partial<Record<Person, string>> = {};
  const signInAll = async () => {
    cookies.admin = await signIn(server.url);
    for (const [who, person] of Object.entries(PEOPLE)) {
      cookies[who as Person] = await signIn(server.url, {
        email: person.email,
        password: person.password,
      });
    }
  };
  await signInAll();
  const desk: TicketDesk = {
    server,
    async call<T>(who: Person, method: string, path: string, body?: unknown) {
      const res = await consoleRequest(server.url, method, path, cookies[who] ?? null, body);
      return { status: res.status, body: (await res.json()) as T };
    },
    async keepAlive() {
      for (const who of Object.keys(cookies) as Person[]) {
        expect((await desk.call(who, 'GET', '/api/auth/me')).status).toBe(200);
      }
    },
    close: () => server.close(),
  };
  const contacts = await desk.call('admin', 'PUT', '/api/admin/ticket-contacts/after-sales', {
    agentIds: ['li'],
  });
  expect(contacts.status).toBe(200);
  return desk;
}

/** A real visitor fills in the leave-a-message form (by default in Chinese, with a phone number); its id. */
export async function leftMessage(
  server: TestServer,
  body: string,
  from: { lang?: Language; name?: string; contact?: string } = {},
): Promise<string> {
  const { tab } = await newVisitor(server.url, from.lang ?? 'zh-CN');
  const receipt: LeftMessageReceipt = unwrap(
    await tab.socket.timeout(5_000).emitWithAck('leftMessage.send', {
      clientId: newClientId(),
      name: from.name ?? '王女士',
      contact: from.contact ?? '+86 138 0000 0000',
      body,
    }),
  );
  tab.close();
  return receipt.id;
}

/** A call that must succeed: its answer. */
export async function ok<T = TicketDetail>(
  desk: TicketDesk,
  who: Person,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await desk.call<T>(who, method, path, body);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body;
}

/** A ticket made by hand by Mei, owned by her, in her department. */
export async function meisTicket(
  desk: TicketDesk,
  fields: Record<string, unknown> = {},
): Promise<TicketDetail> {
  return ok(desk, 'mei', 'POST', '/api/tickets', {
    type: 'complaint',
    departmentId: 'general',
    title: '包裹破损',
    description: '收到的杯子碎了',
    customerName: '王女士',
    customerContact: '+86 138 0000 0000',
    ...fields,
  });
}

/** The timeline as short lines: `kind from→to by`, the way a test can state it exactly. */
export function timelineLines(timeline: TicketEvent[]): string[] {
  return timeline.map((e) => {
    const move = e.fromStatus || e.toStatus ? ` ${e.fromStatus ?? '·'}→${e.toStatus ?? '·'}` : '';
    return `${e.kind}${move} by ${e.actor?.name ?? 'Kefu'}`;
  });
}

/** GET /api/tickets with a query string, as `who`. */
export async function listFor(desk: TicketDesk, who: Person, query = ''): Promise<TicketList> {
  return ok<TicketList>(desk, who, 'GET', `/api/tickets${query}`);
}
