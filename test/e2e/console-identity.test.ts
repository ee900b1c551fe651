import { createHmac } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { visitorCode } from '../../server/presenters/conversation.ts';
import { newVisitor, unwrap } from '../helpers/visitor-client.ts';
import { useDemoShopServer } from './setup.ts';
import { signInOnline } from './console-page.ts';

const env = useDemoShopServer();
let context: BrowserContext;
afterEach(async () => {
  await context.close();
});

const signIn = (page: Page) => signInOnline(page, env.server.url, 'en');

describe('verified customers in the console', () => {
  it('the admin regenerates the secret, lists a tier; the agent sees who is verified', async () => {
    context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signIn(page);

    await page.getByRole('link', { name: 'Widget', exact: true }).click();
    const section = page.getByRole('region', { name: 'Verified customers' });
    const secretBox = section.getByLabel('Site secret');
    await expect.poll(() => secretBox.inputValue()).toMatch(/^[0-9a-f]{64}$/);
    const old = await secretBox.inputValue();
    await section.getByRole('button', { name: 'Regenerate the secret' }).click();
    await section.getByRole('button', { name: 'Yes, regenerate' }).click();
    await section.getByText('A new secret was made.').waitFor();
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(secret).not.toBe(old);

    await section.getByLabel('Tiers served first (one per line, e.g. vip)').fill('VIP\ngold');
    await section.getByRole('button', { name: 'Save the tiers' }).click();
    await section.getByText('Saved.').waitFor();
    expect(await section.getByLabel(/Tiers served first/).inputValue()).toBe('vip\ngold');

    // A visitor the shop signed with the new secret asks for a person: the chat comes to us.
    const { session, tab } = await newVisitor(env.server.url, 'en');
    const signature = createHmac('sha256', secret).update('cust-42').digest('hex');
    const identity = { id: 'cust-42', name: 'Wang Fang', tier: 'vip', signature };
    unwrap(await tab.socket.timeout(5_000).emitWithAck('visitor.identify', identity));
    await tab.send('Where is my parcel?');
    unwrap(await tab.requestHandoff());

    await page.getByRole('link', { name: 'Chats', exact: true }).click();
    const visitor = `Visitor ${visitorCode(session.visitorId)}`;
    await page
      .getByRole('region', { name: 'My chats' })
      .getByRole('button', { name: new RegExp(visitor) })
      .click();
    const panel = page.getByRole('complementary', { name: 'Visitor' });
    await panel.getByText('Verified', { exact: true }).waitFor();
    expect(await panel.getByText('Wang Fang').count()).toBe(1);
    expect(await panel.getByText('cust-42').count()).toBe(1);
    expect(await panel.getByText('vip', { exact: true }).count()).toBe(1);
    tab.close();
  });
});
