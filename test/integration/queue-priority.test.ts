import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IdentitySettings } from '../../protocol/index.ts';
import type { IdentifyInput } from '../../protocol/schemas/identity.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, expectError, expectJson } from '../helpers/admin-api.ts';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { agentAtDesk, heldBy } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newVisitor, unwrap, type VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: ReturnType<typeof adminApi>;
let secret: string;
const open: { close(): void }[] = [];

beforeEach(async () => {
  server = await startServer();
  admin = adminApi(server, await signIn(server.url));
  secret = (
    await expectJson<IdentitySettings>(await admin('GET', '/api/admin/widget/identity'), 200)
  ).secret;
  await onlineElsewhere(server);
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

const sign = (id: string) => createHmac('sha256', secret).update(id).digest('hex');

/** A visitor (identified as told) who wrote and asked for a person; one clock tick later. */
async function asking(identity?: IdentifyInput): Promise<{ tab: VisitorTab; id: string }> {
  const { tab } = await newVisitor(server.url, 'en');
  open.push(tab);
  if (identity) unwrap(await tab.socket.timeout(5_000).emitWithAck('visitor.identify', identity));
  const sent = await tab.send('I have a question about my order');
  unwrap(await tab.requestHandoff());
  server.clock.advance(1000);
  return { tab, id: sent.conversationId };
}

describe('tier priority', () => {
  it('serves a verified VIP before visitors who waited longer in the same department', async () => {
    const saved = await expectJson<IdentitySettings>(
      await admin('PUT', '/api/admin/widget/identity', { priorityTiers: ['vip', 'VIP', 'gold'] }),
      200,
    );
    expect(saved.priorityTiers).toEqual(['vip', 'gold']);

    const normal = await asking();
    // Claiming a tier without the site's signature is anyone's to do: no priority.
    const claims = await asking({ id: 'guess', tier: 'vip' });
    const vip = await asking({ id: 'cust-7', tier: 'VIP', signature: sign('cust-7') });

    // Positions agree with the order routing will follow.
    await vi.waitFor(() => {
      expect(vip.tab.queue.at(-1)?.position).toBe(1);
      expect(normal.tab.queue.at(-1)?.position).toBe(2);
      expect(claims.tab.queue.at(-1)?.position).toBe(3);
    });

    const agent = await agentAtDesk(server, { id: 'ann', maxChats: 1 });
    open.push(agent);
    await heldBy(server, vip.id, 'ann');
    expect((await server.store.conversations.get(normal.id))?.status).toBe('queued');
    await vi.waitFor(() => expect(normal.tab.queue.at(-1)?.position).toBe(1));
    const list = unwrap(await agent.call('queue.list', {}));
    expect(list.conversations.map((c) => c.id)).toEqual([normal.id, claims.id]);
  });

  it('refuses a tier that is not one', async () => {
    await expectError(
      await admin('PUT', '/api/admin/widget/identity', { priorityTiers: ['gold member'] }),
      400,
      'invalid_input',
    );
    const kept = await expectJson<IdentitySettings>(
      await admin('GET', '/api/admin/widget/identity'),
      200,
    );
    expect(kept.priorityTiers).toEqual([]);
  });
});
