import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeftMessage } from '../../protocol/index.ts';
import { leftMessageSendSchema } from '../../protocol/schemas/visitor.ts';
import { leaveMessage } from '../../server/services/desk/left-messages.ts';
import { startWithAdminAndAgent, type ConsoleApi } from '../helpers/console-api.ts';
import type { TestServer } from '../helpers/server.ts';
import { createSession } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: string;
let agent: string;
let api: ConsoleApi;

beforeAll(async () => {
  ({ server, admin, agent, api } = await startWithAdminAndAgent());
});
afterAll(() => server.close());

async function leftMessages(status: 'open' | 'handled'): Promise<LeftMessage[]> {
  const res = await api('GET', `/api/left-messages?status=${status}`, agent);
  expect(res.status).toBe(200);
  return ((await res.json()) as { leftMessages: LeftMessage[] }).leftMessages;
}

const handle = (cookie: string, id: string, note: unknown) =>
  api('POST', `/api/left-messages/${id}/handle`, cookie, { note });

/** The leave-a-message form of a real visitor, sent the way the socket handler will send it. */
async function leave(visitorId: string, clientId: string, body: string) {
  const input = leftMessageSendSchema.parse({
    clientId,
    name: 'Ada',
    contact: 'ada@example.com',
    body,
    page: { url: 'https://shop.example/orders' },
  });
  const deps = { store: server.store, clock: server.clock };
  return leaveMessage(deps, { visitorId, lang: 'en' }, input);
}

async function newVisitor(): Promise<string> {
  return (await createSession(server.url, 'en')).visitorId;
}

describe('left messages', () => {
  it('are listed open, oldest first, and a resent form stores nothing new', async () => {
    const visitorId = await newVisitor();
    const first = await leave(visitorId, 'form-0001', 'Please call me about order 1234.');
    server.clock.advance(60_000);
    expect(await leave(visitorId, 'form-0001', 'Please call me about order 1234.')).toEqual(first);
    const second = await leave(await newVisitor(), 'form-0001', 'Where is my parcel?');

    const open = await leftMessages('open');
    expect(open.map((m) => m.id)).toEqual([first.id, second.id]);
    expect(open[0]).toEqual({
      id: first.id,
      visitorId,
      name: 'Ada',
      contact: 'ada@example.com',
      body: 'Please call me about order 1234.',
      lang: 'en',
      departmentId: 'general',
      pageUrl: 'https://shop.example/orders',
      createdAt: first.createdAt,
      handledAt: null,
      handledBy: null,
      handledByName: null,
      handledNote: null,
    } satisfies LeftMessage);
  });

  it('are handled once: the second agent is told and the first note stays', async () => {
    const { id } = await leave(await newVisitor(), 'form-0003', 'Call me back, please.');
    const res = await handle(agent, id, '  Called back, refund explained.  ');
    expect(res.status).toBe(200);
    const { leftMessage } = (await res.json()) as { leftMessage: LeftMessage };
    expect(leftMessage).toMatchObject({
      id,
      handledAt: server.clock.now().toISOString(),
      handledBy: 'agent-mei',
      handledByName: 'Mei Lin',
      handledNote: 'Called back, refund explained.',
    });
    expect((await leftMessages('open')).map((m) => m.id)).not.toContain(id);

    const twice = await handle(admin, id, 'E-mailed her.');
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ error: { code: 'conflict' } });
    expect((await leftMessages('handled'))[0]).toEqual(leftMessage);
  });

  it('refuse an empty note, an unknown message and an unknown status', async () => {
    const { id } = await leave(await newVisitor(), 'form-0004', 'Hello?');
    const empty = await handle(agent, id, '   ');
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: 'invalid_input' } });
    const unknown = await handle(agent, 'no-such-message', 'Done.');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await api('GET', '/api/left-messages?status=lost', agent)).status).toBe(400);
    expect((await leftMessages('open')).map((m) => m.id)).toContain(id);
  });
});
