import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaqEntryAdmin } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { FaqApi, POINTS } from '../helpers/faq-admin.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newVisitor, unwrap, type VisitorTab } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: FaqApi;
let points: FaqEntryAdmin;

beforeAll(async () => {
  server = await startServer();
  await onlineElsewhere(server);
  admin = new FaqApi(server.url, await signIn(server.url));
  points = await admin.create(POINTS);
  await admin.create({
    ...POINTS,
    question: '积分规则草稿',
    similar: [],
    status: 'draft',
    category: null,
  });
  await admin.create({
    ...POINTS,
    question: '发票怎么开？',
    similar: [],
    keywords: ['发票'],
    answer: '在订单详情里申请 100% 电子发票。',
    category: '订单',
    department: 'billing',
  });
});
afterAll(() => server.close());

/** A visitor asks; returns their open tab and the bot's answer. */
async function ask(question: string): Promise<{ tab: VisitorTab; answerId: string }> {
  const { tab } = await newVisitor(server.url, 'zh-CN');
  await tab.send(question);
  const [, reply] = await tab.sync(0);
  expect(reply?.kind).toBe('answer');
  return { tab, answerId: reply!.id };
}

const ids = async (query: Record<string, string>) =>
  (await admin.list(query)).entries.map((e) => e.id);

describe('per-entry statistics', () => {
  it('count answers, votes and handoffs right after an answer, in the list and the editor', async () => {
    const first = await ask('积分怎么兑换');
    unwrap(await first.tab.rate(first.answerId, true));
    const second = await ask('积分能换什么');
    unwrap(await second.tab.rate(second.answerId, false));
    const third = await ask('会员积分怎么兑换？');
    unwrap(await third.tab.requestHandoff());
    for (const { tab } of [first, second, third]) tab.close();

    const stats = { hits: 3, helpful: 1, unhelpful: 1, handoffsAfter: 1 };
    expect((await admin.detail(points.id)).entry.stats).toEqual(stats);
    const listed = (await admin.list({ q: '积分' })).entries.find((e) => e.id === points.id);
    expect(listed?.stats).toEqual(stats);
    expect((await admin.detail('shipping.zh')).entry.stats).toEqual({
      hits: 0,
      helpful: 0,
      unhelpful: 0,
      handoffsAfter: 0,
    });
  });

  it('only count a handoff asked for right after the answer', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('退款多久到账？');
    await tab.send('火星上的天气怎么样');
    unwrap(await tab.requestHandoff());
    tab.close();
    expect((await admin.detail('refund-time.zh')).entry.stats).toMatchObject({
      hits: 1,
      handoffsAfter: 0,
    });
  });

  it('sort the list by hits and by helpfulness', async () => {
    for (let i = 0; i < 2; i += 1) {
      const { tab, answerId } = await ask('我想退货');
      unwrap(await tab.rate(answerId, true));
      tab.close();
    }
    expect((await ids({ sort: 'hits' })).slice(0, 3)).toEqual([
      points.id,
      'return.zh',
      'refund-time.zh',
    ]);
    expect((await ids({ sort: 'helpful' })).slice(0, 2)).toEqual(['return.zh', points.id]);
  });
});

describe('the admin list', () => {
  it('finds Chinese words in the question, similar questions, keywords or answer', async () => {
    expect(await ids({ q: '退货' })).toEqual(['return.zh']);
    expect(await ids({ q: '换什么' })).toEqual([points.id]);
    expect(await ids({ q: '收银台' })).toEqual(['wifi.zh']);
    expect((await ids({ q: 'wifi' })).sort()).toEqual(['wifi.en', 'wifi.zh']);
    expect(await ids({ q: '100%' })).toHaveLength(1);
    expect(await ids({ q: '火星' })).toEqual([]);
  });

  it('filters by category, department and status, and lists the values in use', async () => {
    const list = await admin.list({ category: '会员' });
    expect(list.entries.map((e) => e.id)).toEqual([points.id]);
    expect(list.categories).toEqual(['会员', '订单']);
    expect(list.departments).toEqual(['billing']);
    expect((await admin.list({ department: 'billing' })).entries[0]?.question).toBe('发票怎么开？');
    expect((await admin.list({ status: 'draft' })).entries.map((e) => e.question)).toEqual([
      '积分规则草稿',
    ]);
    expect((await admin.list({ status: 'published', q: '积分' })).total).toBe(1);
    expect((await admin.list({ q: '', category: '', department: '' })).total).toBe(10);
  });

  it('pages through entries, most recently edited first by default', async () => {
    server.clock.advance(60_000);
    const wifi = (await admin.detail('wifi.en')).entry;
    await admin.update(wifi, { answer: 'At the checkout, on the left.' });
    const all = await admin.list();
    expect(all.total).toBe(10);
    expect(all.entries[0]?.id).toBe('wifi.en');
    const page2 = await admin.list({ page: '2', pageSize: '4' });
    expect(page2.total).toBe(10);
    expect(page2.entries.map((e) => e.id)).toEqual(all.entries.slice(4, 8).map((e) => e.id));
  });
});
