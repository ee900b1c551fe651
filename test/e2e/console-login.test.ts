import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/services/agents/password.ts';
import { useDemoShopServer } from './setup.ts';
import { isFocused } from './widget-page.ts';

const ADMIN = { email: 'admin@shop.example', password: 'correct horse battery staple' };

/** Accessible names, as an agent's screen reader would announce them. */
const NAMES = {
  'zh-CN': {
    email: '邮箱',
    password: '密码',
    signIn: '登录',
    signOut: '退出登录',
    empty: '请填写邮箱和密码',
    wrong: '邮箱或密码错误',
    offline: '无法连接服务器，请检查网络后重试。',
    queue: '排队与会话',
    demo: '打开演示商城',
  },
  en: {
    email: 'E-mail',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    empty: 'Please enter your e-mail and password',
    wrong: 'Wrong e-mail or password',
    offline: 'Cannot reach the server. Check your connection and try again.',
    queue: 'Queue and chats',
    demo: 'Open the demo shop',
  },
} as const;

const env = useDemoShopServer({
  env: { KEFU_ADMIN_EMAIL: ADMIN.email, KEFU_ADMIN_PASSWORD: ADMIN.password },
});
let context: BrowserContext;
afterEach(async () => {
  await context.close();
});

/** The console located by role and label only. */
function consolePage(page: Page, lang: keyof typeof NAMES) {
  const n = NAMES[lang];
  return {
    email: page.getByLabel(n.email, { exact: true }),
    password: page.getByLabel(n.password, { exact: true }),
    signIn: page.getByRole('button', { name: n.signIn, exact: true }),
    signOut: page.getByRole('button', { name: n.signOut, exact: true }),
    alert: page.getByRole('alert'),
    banner: page.getByRole('banner'),
    queue: page.getByRole('heading', { name: n.queue, level: 1 }),
    demo: page.getByRole('link', { name: n.demo }),
  };
}

describe('console sign-in', () => {
  it('refuses a wrong password, signs in, stays signed in across a reload, and signs out', async () => {
    context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/console`);
    const c = consolePage(page, 'zh-CN');
    await expect.poll(() => isFocused(c.email)).toBe(true);

    await c.signIn.click();
    await c.alert.getByText(NAMES['zh-CN'].empty).waitFor();

    await c.email.fill(ADMIN.email);
    await c.password.fill('not the password');
    await c.password.press('Enter');
    await c.alert.getByText(NAMES['zh-CN'].wrong).waitFor();
    expect(await c.banner.count()).toBe(0);

    await c.password.fill(ADMIN.password);
    await c.password.press('Enter');
    await c.banner.getByText('Admin', { exact: true }).waitFor();
    await c.banner.getByText('管理员', { exact: true }).waitFor();
    await c.queue.waitFor();
    expect(await c.demo.getAttribute('href')).toBe('/');
    expect(await c.email.count()).toBe(0);

    await page.reload();
    await c.banner.getByText('Admin', { exact: true }).waitFor();
    expect(await c.email.count()).toBe(0);

    await c.signOut.click();
    await c.email.waitFor();
    await expect.poll(() => isFocused(c.email)).toBe(true);
    await page.reload();
    await c.email.waitFor();
    expect(await c.banner.count()).toBe(0);
  });

  it('speaks English with ?lang=en, whatever the browser language, and shows an agent role', async () => {
    const now = new Date().toISOString();
    await env.server.store.agents.create({
      id: 'agent-lena',
      email: 'lena@shop.example',
      name: 'Lena Wu',
      role: 'agent',
      passwordHash: await hashPassword('lena-password-1'),
      maxChats: 3,
      lang: 'en',
      disabled: false,
      createdAt: now,
      updatedAt: now,
      departments: [],
    });
    context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/console?lang=en`);
    const c = consolePage(page, 'en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await c.email.fill('lena@shop.example');
    await c.signIn.click();
    await c.alert.getByText(NAMES.en.empty).waitFor();
    await expect.poll(() => isFocused(c.password)).toBe(true);

    await c.password.fill('wrong');
    await c.signIn.click();
    await c.alert.getByText(NAMES.en.wrong).waitFor();

    await c.password.fill('lena-password-1');
    await c.signIn.click();
    await c.banner.getByText('Lena Wu', { exact: true }).waitFor();
    await c.banner.getByText('Agent', { exact: true }).waitFor();
    await c.queue.waitFor();
    await c.signOut.click();
    await c.signIn.waitFor();
  });

  it('says so when the server cannot be reached, and signs in once it can', async () => {
    context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/console`);
    const c = consolePage(page, 'zh-CN');
    await c.email.fill(ADMIN.email);
    await c.password.fill(ADMIN.password);

    await context.setOffline(true);
    await c.signIn.click();
    await c.alert.getByText(NAMES['zh-CN'].offline).waitFor();

    await context.setOffline(false);
    await c.signIn.click();
    await c.signOut.waitFor();
    expect(await c.alert.count()).toBe(0);
  });
});
