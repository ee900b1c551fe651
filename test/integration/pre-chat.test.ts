import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Availability, IdentitySettings, PreChatSettings } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, expectJson } from '../helpers/admin-api.ts';
import { addDepartment, onlineElsewhere } from '../helpers/console-api.ts';
import { agentAtDesk, heldBy } from '../helpers/desk.ts';
import { customId, formOn, sendPreChat } from '../helpers/pre-chat.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  newClientId,
  newVisitor,
  unwrap,
  VisitorTab,
  type VisitorSocket,
} from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: string;
const open: { close(): void }[] = [];

beforeEach(async () => {
  server = await startServer();
  await onlineElsewhere(server);
  await addDepartment(server, { id: 'billing', nameZh: '账务', nameEn: 'Billing' });
  admin = await signIn(server.url);
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

async function visitor() {
  const v = await newVisitor(server.url, 'en');
  open.push(v.tab);
  return v;
}

const ask = async (socket: VisitorSocket): Promise<Availability> =>
  unwrap(await socket.timeout(5_000).emitWithAck('availability.get', {}));

const nothingStored = async (visitorId: string) =>
  expect(await server.store.visitorIdentity.preChat(visitorId)).toBeNull();

describe('the pre-chat form for a visitor', () => {
  let form: PreChatSettings;
  beforeEach(async () => {
    form = await formOn(server, admin);
  });

  it('is asked when the visitor asks for a person, with every department to choose from', async () => {
    const { tab } = await visitor();
    const now = await ask(tab.socket);
    expect(now.preChat).toEqual(form.fields);
    // The picker is off; the form's department question lists them all.
    expect(now.departments?.map((d) => d.id)).toEqual(['general', 'billing', 'standby']);
  });

  it.each([
    ['the required name left empty', { name: '  ', phone: '138 0000 0000' }, 'name: '],
    ['a phone number that is not one', { name: 'Li', phone: 'call me' }, 'fields.phone: '],
    [
      'an e-mail address the form does not ask for',
      { name: 'Li', email: 'li@x.example' },
      'email: ',
    ],
    ['a department that does not exist', { name: 'Li', departmentId: 'nowhere' }, 'departmentId: '],
  ])('refuses %s and stores nothing', async (_what, fields, start) => {
    const { session, tab } = await visitor();
    const ack = await sendPreChat(tab.socket, { clientId: newClientId(), fields });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!ack.ok && ack.error.message.startsWith(start)).toBe(true);
    await nothingStored(session.visitorId);
  });

  it('refuses an e-mail address that is not one, as the leave-a-message form does', async () => {
    await formOn(server, admin, { enabled: true, fields: [{ key: 'email', required: false }] });
    const { session, tab } = await visitor();
    const bad = await sendPreChat(tab.socket, {
      clientId: newClientId(),
      fields: { email: 'li@' },
    });
    expect(!bad.ok && bad.error.message).toMatch(/^fields\.email: /);
    await nothingStored(session.visitorId);
    // Optional: left empty, it is simply not given.
    const empty = unwrap(
      await sendPreChat(tab.socket, { clientId: newClientId(), fields: { email: '' } }),
    );
    expect(empty).toMatchObject({ name: null, phone: null, email: null, custom: [] });
  });

  it('refuses an answer to a question the form does not have', async () => {
    const { session, tab } = await visitor();
    const ack = await sendPreChat(tab.socket, {
      clientId: newClientId(),
      fields: { name: 'Li', departmentId: 'billing', custom: { 'no-such-question': '42' } },
    });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!ack.ok && ack.error.message).toMatch(/^custom\.no-such-question: /);
    await nothingStored(session.visitorId);
  });

  it('needs the department only from a visitor who is not waiting in one yet', async () => {
    const { session, tab } = await visitor();
    const ack = await sendPreChat(tab.socket, { clientId: newClientId(), fields: { name: 'Li' } });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!ack.ok && ack.error.message).toMatch(/^department: /);
    await nothingStored(session.visitorId);
    // Queued by a handoff phrase, the visitor waits in a department already.
    await tab.send('人工');
    await vi.waitFor(() => expect(tab.state?.status).toBe('queued'));
    unwrap(await sendPreChat(tab.socket, { clientId: newClientId(), fields: { name: 'Li' } }));
  });

  it('stores the answers once, shows them to the agent as unverified, and queues where chosen', async () => {
    const { session, tab } = await visitor();
    const clientId = newClientId();
    const id = customId(form);
    const fields = { name: ' Li Lei ', phone: '+86 138 0000 0000', departmentId: 'billing' };
    const answers = unwrap(
      await sendPreChat(tab.socket, {
        clientId,
        fields: { ...fields, custom: { [id]: 'A-1001' } },
      }),
    );
    expect(answers).toEqual({
      name: 'Li Lei',
      phone: '+86 138 0000 0000',
      email: null,
      custom: [{ id, label: { 'zh-CN': '订单号', en: 'Order number' }, value: 'A-1001' }],
      at: expect.any(String),
    });
    // A resend after a lost ack gets the same; another form after it is refused.
    const again = { clientId, fields: { name: 'Someone else', departmentId: 'billing' } };
    expect(unwrap(await sendPreChat(tab.socket, again))).toEqual(answers);
    const other = await sendPreChat(tab.socket, { ...again, clientId: newClientId() });
    expect(other).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // Not asked again, in this tab or another of the same browser.
    expect((await ask(tab.socket)).preChat).toBeUndefined();
    const second = await VisitorTab.open(server.url, session, 'en');
    open.push(second);
    expect((await ask(second.socket)).preChat).toBeUndefined();

    // The chosen department's queue, picker or not.
    const agent = await agentAtDesk(server, { id: 'bea', departments: ['billing'] });
    open.push(agent);
    const sent = await tab.send('My invoice is wrong');
    const handoff = { clientId: newClientId(), departmentId: 'billing' };
    unwrap(await tab.socket.timeout(5_000).emitWithAck('handoff.request', handoff));
    const row = await heldBy(server, sent.conversationId, 'bea');
    expect(row.departmentId).toBe('billing');
    const view = unwrap(
      await agent.call('conversation.open', { conversationId: sent.conversationId }),
    );
    expect(view.visitor.preChat).toEqual(answers);
    // The visitor's own words: not an identity the site vouched for.
    expect(view.visitor.identity).toBeNull();
  });

  it('is refused when the form is off, storing nothing', async () => {
    await formOn(server, admin, { ...form, enabled: false });
    const { session, tab } = await visitor();
    expect((await ask(tab.socket)).preChat).toBeUndefined();
    const ack = await sendPreChat(tab.socket, {
      clientId: newClientId(),
      fields: { name: 'Li', departmentId: 'billing' },
    });
    expect(ack).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await nothingStored(session.visitorId);
  });
});

describe('the pre-chat form for a verified customer', () => {
  let sign: (id: string) => string;
  beforeEach(async () => {
    const api = adminApi(server, admin);
    const { secret } = await expectJson<IdentitySettings>(
      await api('GET', '/api/admin/widget/identity'),
      200,
    );
    sign = (id) => createHmac('sha256', secret).update(id).digest('hex');
    await formOn(server, admin);
  });

  async function customer(claims: { name?: string; phone?: string }) {
    const v = await visitor();
    const identity = { id: 'cust-7', ...claims, signature: sign('cust-7') };
    unwrap(await v.tab.socket.timeout(5_000).emitWithAck('visitor.identify', identity));
    return v;
  }

  it('is not asked of a customer whose record has every contact field it asks for', async () => {
    const { session, tab } = await customer({ name: 'Wang Fang', phone: '13800000000' });
    expect((await ask(tab.socket)).preChat).toBeUndefined();
    const ack = await sendPreChat(tab.socket, { clientId: newClientId(), fields: {} });
    expect(ack).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await nothingStored(session.visitorId);
  });

  it('asks only what the record lacks, and never overwrites what the site vouched for', async () => {
    const { session, tab } = await customer({ name: 'Wang Fang' });
    const asked = (await ask(tab.socket)).preChat ?? [];
    expect(asked.map((f) => f.key)).toEqual(['phone', 'department', 'custom']);
    const fields = { phone: '13800000000', departmentId: 'billing' };
    const withName = { ...fields, name: 'Impostor' };
    const refused = await sendPreChat(tab.socket, { clientId: newClientId(), fields: withName });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!refused.ok && refused.error.message).toMatch(/^name: /);
    const answers = unwrap(await sendPreChat(tab.socket, { clientId: newClientId(), fields }));
    expect(answers).toMatchObject({ name: null, phone: '13800000000' });
    expect(await server.store.visitorIdentity.get(session.visitorId)).toMatchObject({
      verified: true,
      name: 'Wang Fang',
      phone: null,
    });
  });
});
