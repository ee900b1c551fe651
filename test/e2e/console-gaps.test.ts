import type { BrowserContext, Locator } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_PHRASES } from '../../server/services/bot/phrases.ts';
import { signIn } from '../helpers/agent-client.ts';
import { GapsApi, idsOf } from '../helpers/gaps.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer();
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function newContext(): Promise<BrowserContext> {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  contexts.push(context);
  return context;
}

/** A new visitor on the demo shop, chat open. */
async function visitor(): Promise<DemoShop> {
  const shop = await DemoShop.open(await newContext(), env.server.url);
  await shop.openChat();
  return shop;
}

/** Signs the admin in and opens 知识缺口 from the knowledge base's tabs. */
async function openGaps(): Promise<Locator> {
  const page = await (await newContext()).newPage();
  await page.goto(`${env.server.url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(TEST_ADMIN.email);
  await page.getByLabel('密码', { exact: true }).fill(TEST_ADMIN.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await page.getByRole('link', { name: '知识库', exact: true }).click();
  const kb = page.getByRole('region', { name: '知识库', exact: true });
  await kb.getByRole('link', { name: '知识缺口', exact: true }).click();
  await kb.getByRole('heading', { level: 2, name: '知识缺口' }).waitFor();
  return kb;
}

const PARAPHRASES = ['你们支持货到付款吗？', '可以货到付款吗', '货到付款支持吗'];
const ANSWER = '支持货到付款：签收时把货款交给快递员即可。';

describe('console knowledge gaps', () => {
  it('a group of unanswered questions becomes an entry that then answers them', async () => {
    for (const question of PARAPHRASES) {
      const shop = await visitor();
      await shop.ask(question);
      await shop.sees(BOT_PHRASES['zh-CN'].fallback);
    }

    const kb = await openGaps();
    const group = kb.getByRole('article').filter({ hasText: '可以货到付款吗' });
    await group.waitFor();
    for (const question of PARAPHRASES) {
      expect(await group.getByRole('checkbox', { name: question }).isChecked()).toBe(true);
    }
    expect(await group.textContent()).toContain('被问 3 次');
    expect(await group.textContent()).toContain('没答上');

    await group.getByRole('button', { name: '新建条目', exact: true }).click();
    const form = kb.getByRole('form', { name: '从知识缺口新建问答' });
    const question = await form.getByLabel('问题', { exact: true }).inputValue();
    const similar = [
      await form.getByLabel('相似问法 1', { exact: true }).inputValue(),
      await form.getByLabel('相似问法 2', { exact: true }).inputValue(),
    ];
    expect([question, ...similar].sort()).toEqual([...PARAPHRASES].sort());
    expect(await form.getByRole('radio', { name: '已发布' }).isChecked()).toBe(true);
    await form.getByLabel('答案', { exact: true }).fill(ANSWER);
    await form.getByRole('button', { name: '创建并处理这组问题' }).click();

    await kb.getByText(`已新建问答“${question}”，处理了 3 个问题。`).waitFor();
    expect(await kb.getByRole('article').filter({ hasText: '可以货到付款吗' }).count()).toBe(0);
    expect(await kb.getByText('目前没有待处理的问题。').count()).toBe(1);

    const shop = await visitor();
    await shop.ask('可以货到付款吗');
    await shop.sees(ANSWER);
  });

  it('adds a group to the entry it is suggested for, as similar questions', async () => {
    for (const question of ['买错了能退货吗', '买错了可以退货吗']) {
      const shop = await visitor();
      await shop.ask(question);
      await shop.sees(BOT_PHRASES['zh-CN'].suggestIntro);
    }

    const kb = await openGaps();
    const group = kb.getByRole('article').filter({ hasText: '买错了能退货吗' });
    await group.waitFor();
    expect(await group.textContent()).toContain('只给了建议');
    await group.getByRole('button', { name: '加入相似问法', exact: true }).click();
    const suggested = group.getByRole('radio', { name: '建议：怎么申请退货？' });
    expect(await suggested.isChecked()).toBe(true);
    // Another entry can be found by searching; the admin looks, then keeps the suggestion.
    await group.getByLabel('搜索问答', { exact: true }).fill('退款');
    await group.getByLabel('搜索问答', { exact: true }).press('Enter');
    await group.getByRole('radio', { name: '退款多久到账？' }).check();
    await suggested.check();
    await group.getByRole('button', { name: '加入', exact: true }).click();
    await kb.getByText('已把问法加入“怎么申请退货？”，处理了 2 个问题。').waitFor();

    const shop = await visitor();
    await shop.ask('买错了能退货吗');
    await shop.sees('7 天内无理由退货');
  });

  it('keeps the admin’s new entry when a colleague settled the group meanwhile', async () => {
    const shop = await visitor();
    await shop.ask('你们有实体店吗');
    await shop.sees(BOT_PHRASES['zh-CN'].fallback);

    const kb = await openGaps();
    const group = kb.getByRole('article').filter({ hasText: '你们有实体店吗' });
    await group.getByRole('button', { name: '新建条目', exact: true }).click();
    const form = kb.getByRole('form', { name: '从知识缺口新建问答' });
    await form.getByLabel('答案', { exact: true }).fill('我们只在网上销售，没有实体店。');

    const colleague = new GapsApi(env.server.url, await signIn(env.server.url));
    const settled = await colleague.groupOf('你们有实体店吗');
    await colleague.resolved({ action: 'dismiss', ids: idsOf(settled!) });

    await form.getByRole('button', { name: '创建并处理这组问题' }).click();
    await kb.getByText('这组问题刚被其他管理员处理了。', { exact: false }).waitFor();
    expect(await form.getByLabel('答案', { exact: true }).inputValue()).toBe(
      '我们只在网上销售，没有实体店。',
    );
    await form.getByRole('button', { name: '仍然创建这条问答' }).click();
    await kb.getByText('已创建。').waitFor();

    const next = await visitor();
    await next.ask('你们有实体店吗');
    await next.sees('我们只在网上销售，没有实体店。');
  });
});
