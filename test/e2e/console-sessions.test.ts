import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, it } from 'vitest';
import { useDemoShopServer } from './setup.ts';

const ADMIN = { email: 'admin@shop.example', password: 'correct horse battery staple' };

const env = useDemoShopServer({
  env: { KEFU_ADMIN_EMAIL: ADMIN.email, KEFU_ADMIN_PASSWORD: ADMIN.password },
});
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

/** A browser of its own (own cookies), in Beijing time, showing the console. */
async function openConsole(lang: string): Promise<Page> {
  const context = await env.browser.newContext({ locale: lang, timezoneId: 'Asia/Shanghai' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${env.server.url}/console`);
  return page;
}

async function signIn(
  page: Page,
  password: string,
  names: { email: string; password: string; signIn: string },
) {
  await page.getByLabel(names.email, { exact: true }).fill(ADMIN.email);
  await page.getByLabel(names.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: names.signIn, exact: true }).click();
}

const ZH = { email: '邮箱', password: '密码', signIn: '登录' };

describe('console sessions', () => {
  it('says until when sign-in is locked after five wrong passwords', async () => {
    const page = await openConsole('zh-CN');
    const alert = page.getByRole('alert');
    for (let i = 0; i < 4; i += 1) {
      await signIn(page, `wrong-${i}`, ZH);
      // The button stays disabled while a try is under way, so the next click waits for it.
      await alert.getByText('邮箱或密码错误').waitFor();
    }
    await signIn(page, 'wrong-again', ZH);
    // The server's clock says 08:00 UTC; locked for 15 minutes, shown in Beijing time.
    await alert.getByText('登录失败次数过多，请在 16:15 之后再试。').waitFor();
    await signIn(page, ADMIN.password, ZH);
    await alert.getByText('登录失败次数过多，请在 16:15 之后再试。').waitFor();

    env.server.clock.advance(15 * 60 * 1000);
    await signIn(page, ADMIN.password, ZH);
    await page.getByRole('button', { name: '退出所有设备', exact: true }).waitFor();
  });

  it('signs out every browser of the agent from one of them', async () => {
    const office = await openConsole('en');
    const home = await openConsole('en');
    const EN = { email: 'E-mail', password: 'Password', signIn: 'Sign in' };
    for (const page of [office, home]) {
      await signIn(page, ADMIN.password, EN);
      await page.getByRole('heading', { name: 'Queue and chats', level: 1 }).waitFor();
    }

    await home.getByRole('button', { name: 'Sign out everywhere', exact: true }).click();
    await home.getByLabel('E-mail', { exact: true }).waitFor();
    // The other browser's console is disconnected and asks to sign in again.
    await office.getByLabel('E-mail', { exact: true }).waitFor();
  });
});
