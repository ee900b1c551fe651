import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language, WidgetSettings } from '../../protocol/index.ts';
import { signIn as apiSignIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer();
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function browserFor(lang: Language): Promise<BrowserContext> {
  const context = await env.browser.newContext({ locale: lang });
  contexts.push(context);
  return context;
}

/** Signs in through the console's form, in a browser of its own. */
async function signIn(lang: Language, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browserFor(lang)).newPage();
  await page.goto(`${env.server.url}/console`);
  const [email, password] = lang === 'en' ? ['E-mail', 'Password'] : ['邮箱', '密码'];
  await page.getByLabel(email, { exact: true }).fill(account.email);
  await page.getByLabel(password, { exact: true }).fill(account.password);
  await page.getByLabel(password, { exact: true }).press('Enter');
  return page;
}

/** Follows a navigation link; returns the page's region, named by its heading. */
async function follow(page: Page, link: string): Promise<Locator> {
  await page.getByRole('link', { name: link, exact: true }).click();
  const region = page.getByRole('region', { name: link, exact: true });
  await region.getByRole('heading', { level: 1, name: link }).waitFor();
  return region;
}

describe('console administration', () => {
  it('an admin adds an agent, the agent signs in elsewhere, and deactivating signs them out', async () => {
    const admin = await signIn('zh-CN', TEST_ADMIN);
    const agents = await follow(admin, '坐席');
    const form = agents.getByRole('form', { name: '新增坐席' });

    await form.getByRole('button', { name: '添加' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('请填写有效的邮箱地址。');
    expect(await form.getByLabel('邮箱').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('邮箱').fill('lei.wang@shop.example');
    await form.getByLabel('姓名').fill('王磊');
    await form.getByLabel('同时接待上限').fill('3');
    await form.getByLabel('工作台语言').selectOption({ label: '英文' });
    await form.getByRole('button', { name: '添加' }).click();

    const status = agents.getByRole('status').first();
    await expect.poll(() => status.textContent()).toContain('已添加 王磊。');
    const password = (await status.locator('code').textContent()) ?? '';
    expect(password).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const row = agents.getByRole('row', { name: /王磊/ });
    expect(await row.textContent()).toContain('0 / 3');
    expect(await form.getByLabel('邮箱').inputValue()).toBe('');

    const lei = await signIn('en', { email: 'lei.wang@shop.example', password });
    await lei.getByRole('link', { name: 'Chats', exact: true }).waitFor();
    expect(await lei.getByRole('link', { name: 'Agents', exact: true }).count()).toBe(0);

    await row.getByRole('button', { name: '停用 王磊' }).click();
    await agents.getByRole('button', { name: '确认停用' }).click();
    await expect.poll(() => status.textContent()).toContain('已停用 王磊。');
    expect(await row.textContent()).toContain('已停用');
    await lei
      .getByRole('heading', { name: 'Sign in to the agent console' })
      .waitFor({ timeout: 15_000 });
  });

  it('the admin changes the widget’s colour and greeting, and the demo shop shows them', async () => {
    const admin = await signIn('zh-CN', TEST_ADMIN);
    const widget = await follow(admin, '挂件');
    await widget.getByLabel('主题色').fill('#c2410c');
    await widget.getByLabel('中文问候语').fill('欢迎光临 Kefu 小店！');
    const preview = widget.getByRole('figure', { name: '预览' });
    await preview.getByText('欢迎光临 Kefu 小店！').waitFor();
    await widget.getByRole('button', { name: '保存挂件设置' }).click();
    await expect.poll(() => widget.getByRole('status').last().textContent()).toBe('已保存。');

    const shop = await DemoShop.open(await browserFor('zh-CN'), env.server.url);
    const orange = 'rgb(194, 65, 12)';
    await expect
      .poll(() => shop.launcher.evaluate((el) => getComputedStyle(el).backgroundColor))
      .toBe(orange);
    await shop.openChat();
    await shop.sees('欢迎光临 Kefu 小店！');
    const header = shop.chat.getByRole('banner');
    expect(await header.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(orange);
  });
});

describe('the sites allowed to embed the widget', () => {
  it('a shop the admin has not listed gets no launcher; once listed, it does', async () => {
    const kefu = env.server.url;
    const shopServer = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><title>Shop</title><script src="${kefu}/widget.js" async></script>`),
    );
    await new Promise<void>((resolve) => shopServer.listen(0, '127.0.0.1', resolve));
    // localhost, while Kefu is 127.0.0.1: another origin.
    const shop = `http://localhost:${(shopServer.address() as AddressInfo).port}`;
    const cookie = await apiSignIn(kefu);
    const save = async (embed: WidgetSettings['embed']) => {
      const settings: WidgetSettings = {
        color: '#1f6feb',
        greeting: { 'zh-CN': '', en: '' },
        handoffPhrases: ['人工'],
        embed,
        attachments: { maxMb: 10, kinds: ['image'] },
        preChat: { enabled: false, fields: [] },
      };
      expect(
        (await consoleRequest(kefu, 'PUT', '/api/admin/widget', cookie, settings)).status,
      ).toBe(200);
    };
    try {
      await save({ anySite: false, origins: ['https://elsewhere.example'] });
      const page = await (await browserFor('zh-CN')).newPage();
      const warned = page.waitForEvent('console', (m) => m.text().includes('not allowed'));
      await page.goto(`${shop}/`);
      await warned;
      expect(await new DemoShop(page).launcher.count()).toBe(0);

      await save({ anySite: false, origins: ['https://elsewhere.example', shop] });
      const listed = await DemoShop.open(await browserFor('zh-CN'), shop);
      await listed.openChat();
      await listed.sees('您好！有什么可以帮您？');
    } finally {
      shopServer.close();
      await save({ anySite: true, origins: [] });
    }
  });
});
