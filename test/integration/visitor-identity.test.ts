import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ack, IdentifyResult, IdentitySettings, VisitorErased } from '../../protocol/index.ts';
import type { IdentifyInput } from '../../protocol/schemas/identity.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, expectJson } from '../helpers/admin-api.ts';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { agentAtDesk, heldBy } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  createSession,
  newClientId,
  newVisitor,
  unwrap,
  VisitorTab,
  type VisitorSocket,
} from '../helpers/visitor-client.ts';

let server: TestServer;
let secret: string;
const open: { close(): void }[] = [];

beforeEach(async () => {
  server = await startServer();
  const admin = adminApi(server, await signIn(server.url));
  secret = (
    await expectJson<IdentitySettings>(await admin('GET', '/api/admin/widget/identity'), 200)
  ).secret;
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

/** What the site's backend computes: HMAC-SHA256 of the user id with the site secret, hex. */
const sign = (id: string, key = secret) => createHmac('sha256', key).update(id).digest('hex');

function identify(socket: VisitorSocket, input: IdentifyInput): Promise<Ack<IdentifyResult>> {
  return socket.timeout(5_000).emitWithAck('visitor.identify', input);
}

/** A new browser: a new visitor session with one tab. */
async function browser() {
  const visitor = await newVisitor(server.url, 'en');
  open.push(visitor.tab);
  return visitor;
}

/** The same browser after the server sent its tab away: a new tab with the same token. */
async function reopened(token: string): Promise<VisitorTab> {
  const tab = await VisitorTab.open(server.url, { visitorId: '', token }, 'en');
  open.push(tab);
  return tab;
}

const WANG = { id: 'cust-42', name: 'Wang Fang', email: 'wang@shop.example', tier: 'gold' };

describe('verified identity', () => {
  it('shows a verified customer their history in a second browser, and continues it there', async () => {
    const first = await browser();
    expect(unwrap(await identify(first.tab.socket, { ...WANG, signature: sign(WANG.id) }))).toEqual(
      { verified: true, merged: false },
    );
    const asked = await first.tab.send('Where is order 42?');

    const second = await browser();
    const gone = new Promise((resolve) => second.tab.socket.once('disconnect', resolve));
    expect(
      unwrap(await identify(second.tab.socket, { ...WANG, signature: sign(WANG.id) })),
    ).toEqual({ verified: true, merged: true });
    // The server sends the tab away; back with the same token, it is the customer.
    expect(await gone).toBe('io server disconnect');
    const again = await reopened(second.session.token);
    const history = await again.sync(0);
    expect(history.map((m) => m.body)).toContain('Where is order 42?');

    const next = await again.send('Any news?');
    expect(next.conversationId).toBe(asked.conversationId);
    await vi.waitFor(() => expect(first.tab.created.map((m) => m.body)).toContain('Any news?'));
  });

  it('carries the chat a visitor started before signing in over to the customer', async () => {
    const home = await browser();
    unwrap(await identify(home.tab.socket, { ...WANG, signature: sign(WANG.id) }));

    const phone = await browser();
    const before = await phone.tab.send('Started before signing in');
    unwrap(await identify(phone.tab.socket, { ...WANG, signature: sign(WANG.id) }));
    const again = await reopened(phone.session.token);
    const after = await again.send('Signed in now');
    expect(after.conversationId).toBe(before.conversationId);
    const atHome = await reopened(home.session.token);
    expect((await atHome.sync(0)).map((m) => m.body)).toEqual(
      expect.arrayContaining(['Started before signing in', 'Signed in now']),
    );
  });

  it('refuses a wrong or missing signature: stored as unverified, never merged', async () => {
    const owner = await browser();
    unwrap(await identify(owner.tab.socket, { ...WANG, signature: sign(WANG.id) }));
    await owner.tab.send('My address is 1 Secret Road');

    const other = await browser();
    const attempts: IdentifyInput[] = [
      { ...WANG, signature: sign(WANG.id, 'not-the-site-secret') },
      { ...WANG, signature: sign('cust-43') },
      { ...WANG },
    ];
    for (const attempt of attempts) {
      expect(unwrap(await identify(other.tab.socket, attempt))).toEqual({
        verified: false,
        merged: false,
      });
    }
    expect(other.tab.socket.connected).toBe(true);
    expect(await other.tab.sync(0)).toEqual([]);
    expect(await server.store.visitorIdentity.get(other.session.visitorId)).toMatchObject({
      verified: false,
      id: 'cust-42',
      name: 'Wang Fang',
    });

    // The agent's visitor panel says so.
    await onlineElsewhere(server);
    const agent = await agentAtDesk(server, { id: 'ann' });
    open.push(agent);
    const sent = await other.tab.send('Hello');
    unwrap(await other.tab.requestHandoff());
    await heldBy(server, sent.conversationId, 'ann');
    const view = unwrap(
      await agent.call('conversation.open', { conversationId: sent.conversationId }),
    );
    expect(view.visitor.identity).toMatchObject({ verified: false, id: 'cust-42', tier: 'gold' });
    expect(view.messages.map((m) => m.body)).not.toContain('My address is 1 Secret Road');
  });

  it('changes a verified chat only by logout: another customer is a conflict', async () => {
    const shared = await browser();
    unwrap(await identify(shared.tab.socket, { ...WANG, signature: sign(WANG.id) }));
    const ack = await identify(shared.tab.socket, { id: 'cust-43', signature: sign('cust-43') });
    expect(ack).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const unsigned = await identify(shared.tab.socket, { id: 'cust-42', name: 'Someone else' });
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await server.store.visitorIdentity.get(shared.session.visitorId)).toMatchObject({
      verified: true,
      id: 'cust-42',
      name: 'Wang Fang',
    });
  });

  it('keeps the secret to admins, and a new secret refuses the old signatures', async () => {
    const config = await (await fetch(`${server.url}/api/widget/config`)).text();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(config).not.toContain(secret);

    const admin = adminApi(server, await signIn(server.url));
    const renewed = await expectJson<IdentitySettings>(
      await admin('POST', '/api/admin/widget/identity/secret', {}),
      200,
    );
    expect(renewed.secret).not.toBe(secret);
    const { tab } = await browser();
    expect(unwrap(await identify(tab.socket, { ...WANG, signature: sign(WANG.id) }))).toEqual({
      verified: false,
      merged: false,
    });
    expect(
      unwrap(await identify(tab.socket, { ...WANG, signature: sign(WANG.id, renewed.secret) })),
    ).toEqual({ verified: true, merged: false });
  });

  it('erasing the customer leaves their other browsers with nothing', async () => {
    const first = await browser();
    unwrap(await identify(first.tab.socket, { ...WANG, signature: sign(WANG.id) }));
    await first.tab.send('Please forget me');
    const second = await browser();
    unwrap(await identify(second.tab.socket, { ...WANG, signature: sign(WANG.id) }));

    const admin = adminApi(server, await signIn(server.url));
    await expectJson(await admin('DELETE', `/api/admin/visitors/${first.session.visitorId}`), 200);
    await expect(reopened(second.session.token)).rejects.toThrow('unauthorized');
    const fresh = await createSession(server.url, 'en');
    expect(fresh.visitorId).not.toBe(first.session.visitorId);
  });
});

describe('erasing a verified customer', () => {
  it('also erases what the other browsers verified as them kept of their own', async () => {
    const home = await browser();
    await home.tab.send('Hello from home');
    const phone = await browser();
    const fromPhone = await phone.tab.send('My number is 13900002222');
    unwrap(
      await phone.tab.socket.timeout(5_000).emitWithAck('leftMessage.send', {
        clientId: newClientId(),
        name: 'Wang Fang',
        contact: '13900002222',
        body: 'Call me back please',
      }),
    );
    unwrap(await identify(home.tab.socket, { ...WANG, signature: sign(WANG.id) }));
    // The customer has a chat open, so the phone's stays the phone's own.
    unwrap(await identify(phone.tab.socket, { ...WANG, signature: sign(WANG.id) }));
    expect((await server.store.conversations.get(fromPhone.conversationId))?.visitorId).toBe(
      phone.session.visitorId,
    );

    const admin = adminApi(server, await signIn(server.url));
    const erased = await expectJson<VisitorErased>(
      await admin('DELETE', `/api/admin/visitors/${home.session.visitorId}`),
      200,
    );
    expect(erased.deleted).toMatchObject({ visitors: 2, conversations: 2, leftMessages: 1 });
    expect(await server.store.conversations.get(fromPhone.conversationId)).toBeNull();
    expect(await server.store.visitors.get(phone.session.visitorId)).toBeNull();
    expect(await server.store.leftMessages.list('open', 10)).toEqual([]);
  });
});
