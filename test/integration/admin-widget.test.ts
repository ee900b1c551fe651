import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WidgetConfig, WidgetSettings, WidgetSettingsView } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi, expectError, expectJson } from '../helpers/admin-api.ts';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';
import { newVisitor } from '../helpers/visitor-client.ts';

/** The environment an operator set: these are the defaults until an admin saves settings. */
const ENV = {
  KEFU_EMBED_ORIGINS: 'https://shop.example.com',
  KEFU_HANDOFF_PHRASES: '找小二, Operator',
};

let server: TestServer;
let admin: string;

beforeEach(async () => {
  server = await startServer({ env: ENV });
  await onlineElsewhere(server);
  admin = await signIn(server.url);
});
afterEach(() => server.close());

const DEFAULTS: WidgetSettings = {
  color: '#1f6feb',
  greeting: { 'zh-CN': '', en: '' },
  handoffPhrases: ['找小二', 'Operator'],
  embed: { anySite: false, origins: ['https://shop.example.com'] },
  attachments: { maxMb: 10, kinds: ['image', 'pdf', 'office', 'text'] },
  preChat: { enabled: false, fields: [] },
};

const CHANGED: WidgetSettings = {
  color: '#c2410c',
  greeting: { 'zh-CN': '欢迎光临小店！', en: 'Welcome to the shop!' },
  handoffPhrases: ['叫掌柜', 'shopkeeper'],
  embed: { anySite: false, origins: ['https://new-shop.example.com', 'http://localhost:8080'] },
  attachments: { maxMb: 2, kinds: ['image', 'pdf'] },
  preChat: { enabled: false, fields: [] },
};

async function save(settings: unknown, s = server, cookie = admin): Promise<Response> {
  return adminApi(s, cookie)('PUT', '/api/admin/widget', settings);
}

async function frameAncestors(s = server): Promise<string | undefined> {
  const csp = (await fetch(`${s.url}/chat`)).headers.get('content-security-policy') ?? '';
  return csp
    .split(';')
    .find((d) => d.trim().startsWith('frame-ancestors'))
    ?.trim();
}

/** What the conversation does after a new visitor's first message: 'bot' answered, or 'queued'. */
async function statusAfter(text: string): Promise<string | undefined> {
  const { tab } = await newVisitor(server.url, 'zh-CN');
  const sent = await tab.send(text);
  tab.close();
  return (await server.store.conversations.get(sent.conversationId))?.status;
}

describe('widget settings', () => {
  it('start from the environment and the built-in look', async () => {
    const res = await adminApi(server, admin)('GET', '/api/admin/widget');
    expect(await expectJson<WidgetSettingsView>(res, 200)).toEqual({
      settings: DEFAULTS,
      defaults: DEFAULTS,
    });
  });

  it('are saved as sent, tidied, and the defaults stay what the environment says', async () => {
    const res = await save({
      ...CHANGED,
      color: '#C2410C',
      greeting: { 'zh-CN': '  欢迎光临小店！ ', en: 'Welcome to the shop!' },
      handoffPhrases: ['叫掌柜', 'shopkeeper', '叫掌柜'],
    });
    expect(await expectJson<WidgetSettingsView>(res, 200)).toEqual({
      settings: CHANGED,
      defaults: DEFAULTS,
    });
  });

  it.each([
    [{ color: 'orange' }, 'color'],
    [{ greeting: { 'zh-CN': '你好' } }, 'greeting.en'],
    [{ handoffPhrases: [] }, 'handoffPhrases'],
    [{ handoffPhrases: ['？！'] }, 'handoffPhrases.0'],
    [{ embed: { anySite: false, origins: ['https://shop.example.com/page'] } }, 'embed.origins.0'],
    [{ embed: { anySite: false, origins: [] } }, 'embed.origins'],
    [{ attachments: { maxMb: 51, kinds: [] } }, 'attachments.maxMb'],
    [{ attachments: { maxMb: 5, kinds: ['exe'] } }, 'attachments.kinds.0'],
  ])('refuses %j, naming the field', async (change, field) => {
    const message = await expectError(await save({ ...CHANGED, ...change }), 400, 'invalid_input');
    expect(message.startsWith(`${field}:`)).toBe(true);
    const res = await adminApi(server, admin)('GET', '/api/admin/widget');
    expect((await expectJson<WidgetSettingsView>(res, 200)).settings).toEqual(DEFAULTS);
  });

  it('keep the saved attachment limits when a save leaves them out', async () => {
    await expectJson(await save(CHANGED), 200);
    const withoutLimits: Partial<WidgetSettings> = { ...CHANGED, color: '#000000' };
    delete withoutLimits.attachments;
    const res = await save(withoutLimits);
    const saved = (await expectJson<WidgetSettingsView>(res, 200)).settings;
    expect(saved).toEqual({ ...CHANGED, color: '#000000' });
  });

  it('change the handoff phrases the bot hears without a restart', async () => {
    expect(await statusAfter('找小二')).toBe('queued');
    expect(await statusAfter('叫掌柜')).toBe('bot');
    await expectJson(await save(CHANGED), 200);
    expect(await statusAfter('请叫掌柜！')).toBe('queued');
    expect(await statusAfter('找小二')).toBe('bot');
  });

  it('change which sites may frame the chat without a restart', async () => {
    expect(await frameAncestors()).toBe("frame-ancestors 'self' https://shop.example.com");
    await expectJson(await save(CHANGED), 200);
    expect(await frameAncestors()).toBe(
      "frame-ancestors 'self' https://new-shop.example.com http://localhost:8080",
    );
    await expectJson(await save({ ...CHANGED, embed: { anySite: true, origins: [] } }), 200);
    expect(await frameAncestors()).toBe('frame-ancestors *');
  });

  it('are kept across a restart', async () => {
    const dataDir = await makeTempDir('kefu-widget-');
    const first = await startServer({ dataDir, env: ENV });
    await expectJson(await save(CHANGED, first, await signIn(first.url)), 200);
    await first.close();
    const again = await startServer({ dataDir, env: ENV });
    const res = await adminApi(again, await signIn(again.url))('GET', '/api/admin/widget');
    expect((await expectJson<WidgetSettingsView>(res, 200)).settings).toEqual(CHANGED);
    expect(await frameAncestors(again)).toContain('https://new-shop.example.com');
    await again.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});

describe('GET /api/widget/config', () => {
  it('tells any page the look and the allowed sites, cached briefly, without signing in', async () => {
    await expectJson(await save(CHANGED), 200);
    const res = await fetch(`${server.url}/api/widget/config`, {
      headers: { origin: 'https://new-shop.example.com' },
    });
    expect(await expectJson<WidgetConfig>(res, 200)).toEqual({
      color: '#c2410c',
      greeting: CHANGED.greeting,
      origins: CHANGED.embed.origins,
      attachments: CHANGED.attachments,
      surveys: [],
      help: [],
      notices: [],
    });
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();

    await expectJson(await save({ ...CHANGED, embed: { anySite: true, origins: [] } }), 200);
    const open = await expectJson<WidgetConfig>(
      await fetch(`${server.url}/api/widget/config`),
      200,
    );
    expect(open.origins).toBe('*');
  });
});
