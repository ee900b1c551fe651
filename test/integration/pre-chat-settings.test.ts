import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WidgetSettings, WidgetSettingsView } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, expectError, expectJson } from '../helpers/admin-api.ts';
import { customId, FORM, formOn, savePreChat } from '../helpers/pre-chat.ts';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let admin: string;

beforeEach(async () => {
  server = await startServer();
  admin = await signIn(server.url);
});
afterEach(() => server.close());

async function savedForm() {
  const res = await adminApi(server, admin)('GET', '/api/admin/widget');
  return (await expectJson<WidgetSettingsView>(res, 200)).settings.preChat;
}

const custom = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    key: 'custom' as const,
    label: { 'zh-CN': `问题${i}`, en: `Question ${i}` },
    required: false,
  }));

describe('the pre-chat form settings', () => {
  it('start off, with nothing to ask', async () => {
    expect(await savedForm()).toEqual({ enabled: false, fields: [] });
  });

  it('keep the fields in the order set, giving a new question an id that later saves keep', async () => {
    const saved = await formOn(server, admin);
    const id = customId(saved);
    expect(saved).toEqual({
      enabled: true,
      fields: [
        { key: 'name', required: true },
        { key: 'phone', required: false },
        { key: 'department', required: true },
        { key: 'custom', id, label: { 'zh-CN': '订单号', en: 'Order number' }, required: false },
      ],
    });
    const [name, , , question] = saved.fields;
    const reordered = { enabled: true, fields: [question!, name!] };
    expect((await formOn(server, admin, reordered)).fields).toEqual([
      { key: 'custom', id, label: { 'zh-CN': '订单号', en: 'Order number' }, required: false },
      { key: 'name', required: true },
    ]);
    expect(await savedForm()).toEqual(reordered);
  });

  it('stay as saved when a save of the other widget settings leaves the form out', async () => {
    const saved = await formOn(server, admin);
    const api = adminApi(server, admin);
    const { settings } = await expectJson<WidgetSettingsView>(
      await api('GET', '/api/admin/widget'),
      200,
    );
    const withoutForm: Partial<WidgetSettings> = { ...settings, color: '#000000' };
    delete withoutForm.preChat;
    await expectJson(await api('PUT', '/api/admin/widget', withoutForm), 200);
    expect(await savedForm()).toEqual(saved);
  });

  it.each([
    [
      'a built-in field twice',
      { enabled: true, fields: [...FORM.fields, { key: 'name', required: false }] },
      'preChat.fields.4',
    ],
    ['six custom questions', { enabled: true, fields: custom(6) }, 'preChat.fields.5'],
    [
      'a question without its English',
      {
        enabled: true,
        fields: [{ key: 'custom', label: { 'zh-CN': '订单号', en: ' ' }, required: true }],
      },
      'preChat.fields.0.label.en',
    ],
    [
      'a question of 41 characters',
      {
        enabled: true,
        fields: [
          { key: 'custom', label: { 'zh-CN': '订'.repeat(41), en: 'Order' }, required: true },
        ],
      },
      'preChat.fields.0.label.zh-CN',
    ],
    [
      'a built-in field with a label',
      {
        enabled: true,
        fields: [{ key: 'email', label: { 'zh-CN': '邮箱', en: 'Mail' }, required: true }],
      },
      'preChat.fields.0',
    ],
    [
      'an unknown field',
      { enabled: true, fields: [{ key: 'address', required: true }] },
      'preChat.fields.0.key',
    ],
    ['a form switched on with nothing to ask', { enabled: true, fields: [] }, 'preChat.fields'],
  ])('refuses %s, naming the field, and keeps the saved form', async (_what, form, field) => {
    const saved = await formOn(server, admin, {
      enabled: false,
      fields: [{ key: 'email', required: true }],
    });
    const message = await expectError(await savePreChat(server, admin, form), 400, 'invalid_input');
    expect(message).toMatch(new RegExp(`^${field.replaceAll('.', '\\.')}: `));
    expect(await savedForm()).toEqual(saved);
  });

  it('takes five custom questions', async () => {
    expect((await formOn(server, admin, { enabled: true, fields: custom(5) })).fields).toHaveLength(
      5,
    );
  });

  it('are kept across a restart', async () => {
    const dataDir = await makeTempDir('kefu-pre-chat-');
    const first = await startServer({ dataDir });
    const saved = await formOn(first, await signIn(first.url));
    await first.close();
    const again = await startServer({ dataDir });
    const res = await adminApi(again, await signIn(again.url))('GET', '/api/admin/widget');
    expect((await expectJson<WidgetSettingsView>(res, 200)).settings.preChat).toEqual(saved);
    await again.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});
