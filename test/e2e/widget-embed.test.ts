import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageSummary } from '../../widget/bridge.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { launchChromium } from './browser.ts';
import { DemoShop, isFocused } from './widget-page.ts';

/**
 * A shop on another site that embeds Kefu as its owner would: stub, listeners, script tag.
 * Served by its own little server as http://localhost:<port>, while Kefu is http://127.0.0.1:<other port>.
 */
let SHOP = '';
let shopServer: Server;

function shopPage(kefu: string): string {
  return `<!doctype html><html lang="en"><head><title>Other shop</title>
<script>
window.Kefu = window.Kefu || function () { (Kefu.q = Kefu.q || []).push(arguments); };
window.seen = { messages: [], opened: 0 };
Kefu('on', 'message', function (m) { seen.messages.push(m); });
Kefu('on', 'open', function () { seen.opened++; });
</script>
<script src="${kefu}/widget.js" async data-lang="en" data-position="left" data-color="#c2410c"
  data-greeting="Hello from Other shop"></script>
</head><body><h1>Other shop</h1></body></html>`;
}

interface Seen {
  messages: MessageSummary[];
  opened: number;
}

let server: TestServer;
let browser: Browser;
let context: BrowserContext;

async function openShop(): Promise<DemoShop> {
  const page = await context.newPage();
  await page.goto(`${SHOP}/shop`);
  return new DemoShop(page, 'en');
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen }).seen);

beforeAll(async () => {
  server = await startServer();
  shopServer = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(shopPage(server.url)),
  );
  await new Promise<void>((resolve) => shopServer.listen(0, '127.0.0.1', resolve));
  SHOP = `http://localhost:${(shopServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  shopServer?.close();
});

describe('the widget on another site', () => {
  // Chromium's test profile blocks storage in third-party frames: the chat falls back to memory.
  it('talks to the chat across origins, tells the host page about replies and keeps the token to itself', async () => {
    const shop = await openShop();
    await shop.openChat();
    await expect.poll(() => isFocused(shop.input)).toBe(true);
    await shop.sees('Hello from Other shop');
    const box = await shop.page.getByTitle('Chat', { exact: true }).boundingBox();
    expect(box?.x).toBeLessThan(100);

    await shop.ask('How do I return an item?');
    await shop.sees('Returns are free within 7 days');
    await expect
      .poll(async () => (await seen(shop.page)).messages.map((m) => m.author))
      .toEqual(['bot']);
    expect((await seen(shop.page)).opened).toBe(1);

    const hostStorage = await shop.page.evaluate(() => Object.keys(localStorage));
    expect(hostStorage).toEqual(['kefu.active']);

    await shop.page.keyboard.press('Escape');
    await expect.poll(() => shop.launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(shop.launcher)).toBe(true);
  });

  it('switches language and opens from the host API', async () => {
    const page = await context.newPage();
    await page.goto(`${SHOP}/shop`);
    await page.evaluate(() => {
      const kefu = (window as unknown as { Kefu: (...args: unknown[]) => void }).Kefu;
      kefu('setLocale', 'zh-CN');
      kefu('open');
    });
    const shop = new DemoShop(page, 'zh-CN');
    await expect.poll(() => shop.launcher.getAttribute('aria-expanded')).toBe('true');
    await shop.input.waitFor();
    // The command's earlier name still works for pages written against it.
    await page.evaluate(() => {
      const kefu = (window as unknown as { Kefu: (...args: unknown[]) => void }).Kefu;
      kefu('setLanguage', 'en');
    });
    await new DemoShop(page, 'en').input.waitFor();
  });
});
