import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageHelpView } from '../../protocol/index.ts';
import { adminApi, expectJson } from '../helpers/admin-api.ts';
import { signIn } from '../helpers/agent-client.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer();
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function newPage(): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  contexts.push(context);
  return context.newPage();
}

const GREETING = '结账遇到问题了吗？我们随时帮您。';
const BUBBLE = '结账需要帮忙吗？';
const NOTICE = '春节期间 2 月 8 日至 2 月 17 日暂停发货。';

/** The admin publishes a notice and a rule for the shop's checkout step, in the console. */
async function publishInConsole(): Promise<void> {
  const page = await newPage();
  await page.goto(`${env.server.url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(TEST_ADMIN.email);
  await page.getByLabel('密码', { exact: true }).fill(TEST_ADMIN.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await page.getByRole('link', { name: '页面帮助', exact: true }).click();
  const region = page.getByRole('region', { name: '页面帮助与公告' });

  const notices = region.getByRole('form', { name: '公告' });
  await notices.getByRole('button', { name: '添加公告' }).click();
  await notices.getByLabel('中文内容').fill(NOTICE);
  await notices.getByLabel('英文内容').fill('Shipping pauses from 8 to 17 February.');
  await notices.getByLabel('链接（https，可选）').fill('http://shop.example.com/news');
  await notices.getByRole('button', { name: '保存公告' }).click();
  // Refused, and the link box is the one marked and focused.
  await expect.poll(() => notices.getByRole('alert').textContent()).toContain('https');
  const link = notices.getByLabel('链接（https，可选）');
  expect(await link.getAttribute('aria-invalid')).toBe('true');
  await link.fill('https://shop.example.com/news');
  await notices.getByRole('button', { name: '保存公告' }).click();
  await expect.poll(() => notices.getByRole('status').textContent()).toBe('已保存。');
  await notices.getByText('生效中', { exact: true }).waitFor();

  const rules = region.getByRole('form', { name: '页面帮助' });
  await rules.getByRole('button', { name: '添加规则' }).click();
  await rules.getByLabel('页面地址规则').fill('/?step=checkout*');
  await rules.getByLabel('中文问候（留空用默认问候）').fill(GREETING);
  await rules.getByLabel('搜索知识库问题').fill('发货');
  await rules.getByRole('button', { name: '添加：下单后多久发货？' }).click();
  await rules.getByRole('checkbox', { name: '显示问候气泡' }).check();
  await rules.getByLabel('气泡中文内容').fill(BUBBLE);
  await rules.getByLabel('停留多少秒后显示').fill('3');
  await rules.getByRole('button', { name: '保存规则' }).click();
  await expect.poll(() => rules.getByRole('status').textContent()).toBe('已保存。');
  await rules.getByRole('button', { name: '移除推荐问题：下单后多久发货？' }).waitFor();
}

describe('in-context help and notices in the widget', () => {
  it('greets on the matching page, suggests its questions and shows the notice until dismissed', async () => {
    await publishInConsole();

    const page = await newPage();
    await page.goto(`${env.server.url}/?step=checkout`);
    const shop = new DemoShop(page);
    await shop.launcher.waitFor();
    const bubble = page.getByRole('button', { name: BUBBLE });
    // Not at once: only after the visitor has been on the page a while.
    expect(await bubble.count()).toBe(0);
    await bubble.click({ timeout: 10_000 });

    await expect.poll(() => shop.launcher.getAttribute('aria-expanded')).toBe('true');
    await shop.sees(GREETING);
    expect(await bubble.count()).toBe(0);
    const notices = shop.chat.getByRole('region', { name: '公告' });
    await notices.getByText(NOTICE).waitFor();
    expect(await notices.getByRole('link', { name: '查看详情' }).getAttribute('href')).toBe(
      'https://shop.example.com/news',
    );

    const chips = shop.log.getByRole('list', { name: '您可能想问' });
    await chips.getByRole('button', { name: '下单后多久发货？' }).click();
    await shop.sees('付款后 48 小时内发货。');

    await notices.getByRole('button', { name: '关闭公告' }).click();
    expect(await shop.chat.getByText(NOTICE).count()).toBe(0);
    await page.reload();
    await shop.launcher.waitFor();
    // The chat was opened from the bubble: no more bubbles this session.
    await page.waitForTimeout(4_000);
    expect(await bubble.count()).toBe(0);
    await shop.openChat();
    await shop.sees('付款后 48 小时内发货。');
    expect(await shop.chat.getByText(NOTICE).count()).toBe(0);
  }, 30_000);

  // Runs after the test above, with the rule and the notice it published.
  it('leaves other pages as they were', async () => {
    const page = await newPage();
    await page.goto(`${env.server.url}/`);
    const shop = new DemoShop(page);
    await shop.launcher.waitFor();
    // Longer than the rule's three seconds.
    await page.waitForTimeout(4_000);
    expect(await page.getByRole('button', { name: BUBBLE }).count()).toBe(0);
    await shop.openChat();
    await shop.sees('您好！有什么可以帮您？');
    expect(await shop.log.getByText(GREETING).count()).toBe(0);
    expect(await shop.log.getByRole('list', { name: '您可能想问' }).count()).toBe(0);
    // Notices are for every page.
    await shop.chat.getByText(NOTICE).waitFor();
  });

  it('opens the chat by itself once a session where a rule says so', async () => {
    const api = adminApi(env.server, await signIn(env.server.url));
    const view = await expectJson<PageHelpView>(await api('GET', '/api/admin/page-help'), 200);
    const open = {
      pattern: '/?step=pay*',
      greeting: { 'zh-CN': '付款遇到问题了吗？', en: '' },
      open: true,
    };
    const rules = [open, ...view.rules];
    await expectJson(
      await api('PUT', '/api/admin/page-help/rules', { version: view.rulesVersion, rules }),
      200,
    );

    const page = await newPage();
    await page.goto(`${env.server.url}/?step=pay`);
    const shop = new DemoShop(page);
    await expect.poll(() => shop.launcher.getAttribute('aria-expanded')).toBe('true');
    await shop.sees('付款遇到问题了吗？');
    await page.reload();
    await shop.launcher.waitFor();
    // widget-help.js and the config have arrived: the first visit opened by now.
    await page.waitForLoadState('networkidle');
    expect(await shop.launcher.getAttribute('aria-expanded')).toBe('false');
  });
});
