import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentitySettings } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { adminApi } from '../helpers/admin-api.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { launchChromium } from './browser.ts';
import { DemoShop } from './widget-page.ts';

/**
 * A shop on another site whose backend signs its signed-in user's id with the site secret and
 * writes the identify call into the page, as docs/embed.md shows. `?signed=no` leaves the
 * signature out; `?user=` picks the customer.
 */
let SHOP = '';
let shopServer: Server;
let server: TestServer;
let browser: Browser;
let secret = '';

function shopPage(kefu: string, url: URL): string {
  const user = url.searchParams.get('user') ?? 'cust-42';
  const signature = createHmac('sha256', secret).update(user).digest('hex');
  const identity = {
    id: user,
    name: 'Wang Fang',
    tier: 'gold',
    ...(url.searchParams.get('signed') !== 'no' && { signature }),
  };
  return `<!doctype html><html lang="en"><head><title>Signed-in shop</title>
<script>
window.Kefu = window.Kefu || function () { (Kefu.q = Kefu.q || []).push(arguments); };
Kefu('identify', ${JSON.stringify(identity)});
</script>
<script src="${kefu}/widget.js" async data-lang="en"></script>
</head><body><h1>My orders</h1></body></html>`;
}

beforeAll(async () => {
  server = await startServer();
  const admin = adminApi(server, await signIn(server.url));
  secret = ((await (await admin('GET', '/api/admin/widget/identity')).json()) as IdentitySettings)
    .secret;
  shopServer = createServer((req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(shopPage(server.url, new URL(req.url ?? '/', 'http://shop'))),
  );
  await new Promise<void>((resolve) => shopServer.listen(0, '127.0.0.1', resolve));
  SHOP = `http://localhost:${(shopServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  shopServer?.close();
});

/** A separate browser profile (no shared cookies or storage) on the shop's page. */
async function profile(query = ''): Promise<DemoShop> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${SHOP}/shop${query}`);
  const shop = new DemoShop(page, 'en');
  await shop.openChat();
  return shop;
}

describe('a verified customer on the widget', () => {
  it('finds their history in a second browser profile; a logout there forgets it', async () => {
    const first = await profile();
    await first.ask('How do I return an item?');
    await first.sees('Returns are free within 7 days');

    const second = await profile();
    await second.sees('How do I return an item?');
    await second.sees('Returns are free within 7 days');

    await second.page.evaluate(() =>
      (window as unknown as { Kefu: (command: string) => void }).Kefu('logout'),
    );
    await expect.poll(() => second.log.getByText('How do I return an item?').count()).toBe(0);
    await second.page.context().close();
    await first.page.context().close();
  });

  it('keeps an unsigned identify with the same id apart, both ways', async () => {
    const owner = await profile('?user=cust-7');
    await owner.ask('How do I return an item?');
    await owner.sees('Returns are free within 7 days');

    const claimer = await profile('?user=cust-7&signed=no');
    await claimer.ask('Do you ship to Mars?');
    // Stored and answered: had it joined the customer's chat, the owner would have it by now.
    await claimer.sees("Sorry, I couldn't find an answer");
    expect(await claimer.log.getByText('How do I return an item?').count()).toBe(0);
    expect(await owner.log.getByText('Do you ship to Mars?').count()).toBe(0);
    await claimer.page.context().close();
    await owner.page.context().close();
  });
});
