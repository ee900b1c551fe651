import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { demoFaqEntries } from '../../knowledge/demo/index.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { launchChromium } from './browser.ts';
import { DemoShop } from './widget-page.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ env: { KEFU_DEMO: 'true' }, faq: demoFaqEntries() });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The README's promise to a newcomer, on the real demo knowledge base. */
describe('the demo shop', () => {
  it('answers 怎么申请退货？ with the returns procedure', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, server.url);
    await shop.openChat();
    await shop.ask('怎么申请退货？');
    await shop.sees('7 天无理由退货');
    await shop.chat.getByRole('link', { name: '订单中心' }).first().waitFor();
    await context.close();
  });

  it('answers "How do I return an item?" in English', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const shop = await DemoShop.open(context, server.url, 'en');
    await shop.openChat();
    await shop.ask('How do I return an item?');
    await shop.sees('without giving a reason');
    await shop.chat.getByRole('link', { name: 'My orders' }).first().waitFor();
    await context.close();
  });
});
