import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageHelpView, WidgetConfig } from '../../protocol/index.ts';
import type { HelpRulesSaveInput, NoticesSaveInput } from '../../protocol/schemas/page-help.ts';
import { signIn } from '../helpers/agent-client.ts';
import {
  adminApi,
  createViaApi,
  expectError,
  expectJson,
  NEW_AGENT,
} from '../helpers/admin-api.ts';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let admin: string;

beforeEach(async () => {
  server = await startServer();
  admin = await signIn(server.url);
});
afterEach(() => server.close());

const api = (method: string, path: string, body?: unknown) =>
  adminApi(server, admin)(method, path, body);

const CHECKOUT: HelpRulesSaveInput['rules'][number] = {
  pattern: '/checkout*',
  greeting: { 'zh-CN': '结账遇到问题了吗？', en: 'Trouble at checkout?' },
  faqIds: ['shipping.zh', 'return.en'],
  bubble: { text: { 'zh-CN': '需要帮忙吗？', en: 'Need a hand?' }, afterSeconds: 5 },
  open: false,
};

async function saveRules(rules: HelpRulesSaveInput['rules'], version = 0): Promise<Response> {
  return api('PUT', '/api/admin/page-help/rules', { version, rules });
}

async function saveNotices(notices: NoticesSaveInput['notices'], version = 0): Promise<Response> {
  return api('PUT', '/api/admin/page-help/notices', { version, notices });
}

async function config(): Promise<WidgetConfig> {
  return expectJson<WidgetConfig>(await fetch(`${server.url}/api/widget/config`), 200);
}

const text = (zh: string) => ({ 'zh-CN': zh, en: `${zh} (en)` });

describe('page help rules', () => {
  it('are saved in order and reach the public config with their FAQ questions', async () => {
    const saved = await expectJson<PageHelpView>(
      await saveRules([CHECKOUT, { ...CHECKOUT, pattern: '/*', faqIds: [], bubble: null }]),
      200,
    );
    expect(saved.rulesVersion).toBe(1);
    expect(saved.rules.map((r) => r.pattern)).toEqual(['/checkout*', '/*']);
    expect(saved.faqs.map((f) => f.question)).toEqual([
      '下单后多久发货？',
      'How do I return an item?',
    ]);

    const { help } = await config();
    expect(help.map((r) => r.pattern)).toEqual(['/checkout*', '/*']);
    expect(help[0]).toEqual({
      pattern: '/checkout*',
      greeting: CHECKOUT.greeting,
      faqs: [
        { id: 'shipping.zh', question: '下单后多久发货？', lang: 'zh-CN' },
        { id: 'return.en', question: 'How do I return an item?', lang: 'en' },
      ],
      bubble: CHECKOUT.bubble,
      open: false,
    });
  });

  it('drop an FAQ entry from the config once it is deleted', async () => {
    await expectJson(await saveRules([CHECKOUT]), 200);
    expect((await api('DELETE', '/api/faq/shipping.zh')).ok).toBe(true);
    expect((await config()).help[0]?.faqs.map((f) => f.id)).toEqual(['return.en']);
    // The admin still sees the id, now without a question: it was deleted.
    const view = await expectJson<PageHelpView>(await api('GET', '/api/admin/page-help'), 200);
    expect(view.rules[0]?.faqIds).toEqual(['shipping.zh', 'return.en']);
    expect(view.faqs.map((f) => f.id)).toEqual(['return.en']);
  });

  it.each([
    ['a pattern that is no address', { ...CHECKOUT, pattern: 'checkout' }, 'page pattern'],
    ['four FAQ entries', { ...CHECKOUT, faqIds: ['a', 'b', 'c', 'd'] }, 'at most 3 FAQ'],
    [
      'a bubble after 1 second',
      { ...CHECKOUT, bubble: { ...CHECKOUT.bubble!, afterSeconds: 1 } },
      'seconds',
    ],
  ])('refuse %s and change nothing', async (_name, rule, words) => {
    const message = await expectError(await saveRules([rule]), 400, 'invalid_input');
    expect(message).toContain(words);
    expect((await config()).help).toEqual([]);
  });

  it('refuse a save over a version someone else saved meanwhile', async () => {
    const [first, second] = await Promise.all([saveRules([CHECKOUT]), saveRules([])]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    await expectError(await saveRules([]), 409, 'conflict');
    expect((await config()).help).toHaveLength(first.status === 200 ? 1 : 0);
  });

  it('are the admin’s alone', async () => {
    await createViaApi(server, admin, { password: 'wang-lei-password' });
    const agent = await signIn(server.url, {
      email: NEW_AGENT.email,
      password: 'wang-lei-password',
    });
    const as = adminApi(server, agent);
    await expectError(await as('GET', '/api/admin/page-help'), 403, 'forbidden');
    await expectError(
      await as('PUT', '/api/admin/page-help/rules', { version: 0, rules: [CHECKOUT] }),
      403,
      'forbidden',
    );
    expect((await config()).help).toEqual([]);
  });
});

describe('notices (公告)', () => {
  it('show in the config while live only, newest first, at most three', async () => {
    const now = server.clock.now().getTime();
    const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
    const first = await expectJson<PageHelpView>(
      await saveNotices([{ text: text('旧公告') }]),
      200,
    );
    server.clock.advance(1000);
    const view = await expectJson<PageHelpView>(
      await saveNotices(
        [
          { id: first.notices[0]!.id, text: text('旧公告') },
          { text: text('春节发货安排'), link: 'https://shop.example.com/news' },
          { text: text('明天开始'), startsAt: at(60) },
          { text: text('已结束'), endsAt: at(-1) },
          { text: text('直到中午'), startsAt: at(-60), endsAt: at(30) },
          { text: text('会员日') },
        ],
        1,
      ),
      200,
    );
    expect(view.noticesVersion).toBe(2);
    // Four are live; the oldest one is left out.
    const live = (await config()).notices;
    expect(live.map((n) => n.text['zh-CN'])).toEqual(['春节发货安排', '直到中午', '会员日']);
    expect(live[0]?.link).toBe('https://shop.example.com/news');

    server.clock.advance(61 * 60_000);
    const later = (await config()).notices.map((n) => n.text['zh-CN']);
    expect(later).toEqual(['春节发货安排', '明天开始', '会员日']);
  });

  it('keep their id when edited, so a dismissed one stays dismissed', async () => {
    const first = await expectJson<PageHelpView>(await saveNotices([{ text: text('公告') }]), 200);
    const id = first.notices[0]!.id;
    const edited = await expectJson<PageHelpView>(
      await saveNotices([{ id, text: text('公告（更新）') }], 1),
      200,
    );
    expect(edited.notices.map((n) => n.id)).toEqual([id]);
    expect((await config()).notices).toEqual([{ id, text: text('公告（更新）'), link: null }]);
  });

  it.each([
    ['a link that is not https', { text: text('x'), link: 'http://shop.example.com' }, 'https'],
    ['a javascript: link', { text: text('x'), link: 'javascript:alert(1)' }, 'https'],
    [
      'an end before the start',
      { text: text('x'), startsAt: '2025-03-02T00:00:00Z', endsAt: '2025-03-01T00:00:00Z' },
      'end after it starts',
    ],
    ['no text in either language', { text: { 'zh-CN': ' ', en: '' } }, 'needs its text'],
  ])('refuse %s and change nothing', async (_name, notice, words) => {
    const message = await expectError(await saveNotices([notice]), 400, 'invalid_input');
    expect(message).toContain(words);
    const view = await expectJson<PageHelpView>(await api('GET', '/api/admin/page-help'), 200);
    expect(view).toMatchObject({ notices: [], noticesVersion: 0 });
  });

  it('survive a restart', async () => {
    const dataDir = await makeTempDir('kefu-page-help-');
    const before = await startServer({ dataDir });
    const as = adminApi(before, await signIn(before.url));
    await expectJson(
      await as('PUT', '/api/admin/page-help/notices', {
        version: 0,
        notices: [{ text: text('重启后还在') }],
      }),
      200,
    );
    await expectJson(
      await as('PUT', '/api/admin/page-help/rules', { version: 0, rules: [CHECKOUT] }),
      200,
    );
    await before.close();
    const after = await startServer({ dataDir });
    try {
      const { notices, help } = await expectJson<WidgetConfig>(
        await fetch(`${after.url}/api/widget/config`),
        200,
      );
      expect(notices.map((n) => n.text['zh-CN'])).toEqual(['重启后还在']);
      expect(help.map((r) => r.pattern)).toEqual(['/checkout*']);
    } finally {
      await after.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
