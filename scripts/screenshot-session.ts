import type { Browser, FrameLocator, Page } from 'playwright-core';

/** Signs the admin in through the REST API, for the screenshot scenes that set data up first. */
export async function adminCookie(
  url: string,
  admin: { email: string; password: string },
): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  if (!login.ok) throw new Error(`signing in for the screenshots failed: ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

type Account = { email: string; password: string };

/** Signs in through the console's own form on `page` (the caller waits for what it needs next). */
export async function signInToConsole(page: Page, url: string, admin: Account): Promise<void> {
  await page.goto(`${url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(admin.email);
  await page.getByLabel('密码', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** A Chinese browser of its own, signed in to the console. */
export async function consolePage(
  browser: Browser,
  url: string,
  admin: Account,
  viewport = { width: 1440, height: 860 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await signInToConsole(page, url, admin);
  return page;
}

/** A visitor in a Chinese browser of their own on the demo shop, the chat window open. */
export async function shopChat(
  browser: Browser,
  url: string,
): Promise<{ page: Page; chat: FrameLocator }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: '在线客服', exact: true }).click();
  return { page, chat: page.getByTitle('在线客服', { exact: true }).contentFrame() };
}
