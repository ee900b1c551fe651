import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PageHelpView } from '../protocol/index.ts';
import { adminCookie, signInToConsole } from './screenshot-session.ts';

const CHECKOUT = '/?step=checkout';
const BUBBLE = '结账遇到问题？点我咨询';

/** Signs in to the console's REST API; returns a PUT helper with the admin's cookie. */
async function adminPut(url: string, admin: { email: string; password: string }) {
  const cookie = await adminCookie(url, admin);
  return async (path: string, body: unknown): Promise<PageHelpView> => {
    const res = await fetch(`${url}${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`PUT ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as PageHelpView;
  };
}

/** The widget's corner of the page, where the bubble and the panel are. */
const corner = (page: Page) =>
  page.screenshot({ clip: { x: 840, y: 80, width: 440, height: 720 } });

/**
 * In-context help and a notice, for the docs: published through the admin's REST API; on the
 * demo shop's checkout step the greeting bubble, then the chat with the rule's greeting, its
 * suggested questions and the notice, side by side (docs/widget-help.png); and the console page
 * (docs/console-page-help.png). Both lists are emptied again afterwards, so later scenes are
 * left as they were.
 */
export async function takePageHelpScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const put = await adminPut(url, admin);
  await put('/api/admin/page-help/notices', {
    version: 0,
    notices: [
      {
        text: { 'zh-CN': '春节期间 2 月 8 日至 17 日暂停发货，17 日起按付款顺序发出。', en: '' },
        link: 'https://example.com/news',
      },
    ],
  });
  await put('/api/admin/page-help/rules', {
    version: 0,
    rules: [
      {
        pattern: `${CHECKOUT}*`,
        greeting: { 'zh-CN': '结账遇到问题了吗？这些是大家常问的：', en: 'Trouble at checkout?' },
        faqIds: ['payment-methods.zh-CN', 'shipping-fee.zh-CN', 'payment-coupons.zh-CN'],
        bubble: { text: { 'zh-CN': BUBBLE, en: 'Questions about checkout?' }, afterSeconds: 3 },
      },
    ],
  });

  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(`${url}${CHECKOUT}`);
  const bubble = page.getByRole('button', { name: BUBBLE });
  await bubble.waitFor({ timeout: 10_000 });
  await page.mouse.move(0, 0);
  const before = await corner(page);
  await bubble.click();
  const chat = page.getByTitle('在线客服', { exact: true }).contentFrame();
  await chat.getByRole('list', { name: '您可能想问' }).waitFor();
  await chat.getByRole('region', { name: '公告' }).waitFor();
  await page.waitForTimeout(400);
  const after = await corner(page);
  const img = (png: Buffer) => `<img src="data:image/png;base64,${png.toString('base64')}">`;
  await page.setViewportSize({ width: 900, height: 720 });
  await page.setContent(
    `<body style="margin:0;display:flex;gap:20px;background:#e9edf2">${img(before)}${img(after)}</body>`,
  );
  await page.screenshot({ path: resolve(out, 'widget-help.png') });
  console.log('docs/widget-help.png');

  await page.setViewportSize({ width: 1280, height: 1300 });
  await signInToConsole(page, url, admin);
  await page.getByRole('link', { name: '页面帮助', exact: true }).click();
  await page.getByRole('button', { name: '移除推荐问题：支持哪些付款方式？' }).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-page-help.png'), fullPage: true });
  console.log('docs/console-page-help.png');
  await context.close();

  await put('/api/admin/page-help/notices', { version: 1, notices: [] });
  await put('/api/admin/page-help/rules', { version: 1, rules: [] });
}
