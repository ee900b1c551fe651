import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/index.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer();

const ACK_MS = 5_000;
const clientId = () => randomBytes(16).toString('hex');

/** Makes the host page hidden or visible as a switched-away tab would be. */
function setHidden(page: Page, hidden: boolean): Promise<void> {
  return page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (h ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, hidden);
}

async function agentAndVisitor() {
  const tab = await ConsoleTab.open(env.server.url, await signIn(env.server.url));
  await expect.poll(() => tab.status).toBe('online');
  const assigned = new Promise<ConversationSummary>((resolve) =>
    tab.socket.once('conversation.assigned', resolve),
  );
  const context = await env.browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  const shop = await DemoShop.open(context, env.server.url);
  await shop.openChat();
  await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
  const { id: conversationId } = await assigned;
  await shop.sees('客服 Admin 为您服务。');
  return { tab, context, shop, conversationId };
}

describe('the visitor’s comforts in the chat widget', () => {
  it('shows 已读 under the message the agent read, badges the hidden tab’s title, downloads the transcript', async () => {
    const { tab, context, shop, conversationId } = await agentAndVisitor();
    const read = shop.log.getByText('已读', { exact: true });
    // The bubble 已读 is under (the marker is a line of the visitor's message).
    const marked = shop.log.locator('.msg', { has: shop.chat.getByText('已读', { exact: true }) });

    await shop.ask('我的订单还没到');
    await shop.ask('订单号 20250301');
    await expect.poll(() => shop.countMine('订单号 20250301')).toBe(1);
    expect(await read.count()).toBe(0);

    // The agent has seen the first message only: 已读 goes under it, once.
    const stored = await env.server.store.messages.listAfter(conversationId, 0);
    const first = stored.find((m) => m.body === '我的订单还没到');
    const ack = await tab.socket
      .timeout(ACK_MS)
      .emitWithAck('conversation.read', { conversationId, seq: first?.seq ?? 0 });
    expect(ack.ok).toBe(true);
    await read.waitFor();
    expect(await read.count()).toBe(1);
    expect(await marked.innerText()).toContain('我的订单还没到');

    // The host tab goes to the background; the agent answers: the title says so, then returns.
    const title = await shop.page.title();
    await setHidden(shop.page, true);
    const reply = await tab.socket.timeout(ACK_MS).emitWithAck('message.send', {
      conversationId,
      clientId: clientId(),
      body: '已为您查询，包裹今天发出。',
    });
    expect(reply.ok).toBe(true);
    await expect.poll(() => shop.page.title()).toBe(`(1) ${title}`);
    // Replying means having read: the marker moves to the visitor's last message.
    await expect.poll(() => marked.innerText()).toContain('订单号 20250301');
    await setHidden(shop.page, false);
    await expect.poll(() => shop.page.title()).toBe(title);

    // A note the visitor must never get, then the download from the chat's menu.
    const note = await tab.socket.timeout(ACK_MS).emitWithAck('note.add', {
      conversationId,
      clientId: clientId(),
      body: '内部：客户很着急',
    });
    expect(note.ok).toBe(true);
    await shop.chat.getByRole('button', { name: '更多' }).click();
    const downloading = shop.page.waitForEvent('download');
    await shop.chat.getByRole('button', { name: '下载聊天记录' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^kefu-chat-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = await readFile((await file.path()) as string, 'utf8');
    expect(text).toContain('我: 我的订单还没到');
    expect(text).toContain('Admin: 已为您查询，包裹今天发出。');
    expect(text).not.toContain('客户很着急');

    // The sound switch is remembered in the chat's stored state.
    const sound = shop.chat.getByRole('button', { name: '声音' });
    expect(await sound.getAttribute('aria-pressed')).toBe('true');
    await sound.click();
    expect(await sound.getAttribute('aria-pressed')).toBe('false');
    await shop.page.reload();
    await shop.openChat();
    await shop.chat.getByRole('button', { name: '更多' }).click();
    expect(await sound.getAttribute('aria-pressed')).toBe('false');
    await read.waitFor();

    tab.close();
    await context.close();
  });

  it('chimes for a reply while the panel is closed, and not once the visitor turned the sound off', async () => {
    const { tab, context, shop, conversationId } = await agentAndVisitor();
    // Counts the notes the chat starts (every frame of the page gets this before its scripts).
    await context.addInitScript(() => {
      const w = window as unknown as { chimes: number };
      w.chimes = 0;
      const start = OscillatorNode.prototype.start;
      OscillatorNode.prototype.start = function (...args) {
        w.chimes += 1;
        return start.apply(this, args);
      };
    });
    await shop.page.reload();
    await shop.openChat();
    await shop.ask('在吗？'); // a gesture in the chat: the sound may start
    await shop.sees('在吗？');
    const frame = shop.page.frames().find((f) => f.url().includes('/chat'));
    const chimes = () => frame?.evaluate(() => (window as unknown as { chimes: number }).chimes);
    const say = async (body: string) => {
      const ack = await tab.socket
        .timeout(ACK_MS)
        .emitWithAck('message.send', { conversationId, clientId: clientId(), body });
      expect(ack.ok).toBe(true);
    };

    await say('在的，请讲。'); // the panel is open and the tab visible: silence
    await shop.sees('在的，请讲。');
    expect(await chimes()).toBe(0);
    await shop.launcher.click();
    await say('还需要帮忙吗？');
    await expect.poll(chimes).toBe(1);

    await shop.openChat();
    await shop.chat.getByRole('button', { name: '更多' }).click();
    await shop.chat.getByRole('button', { name: '声音' }).click();
    await shop.launcher.click();
    await say('我先下线了。');
    await shop.chat.getByText('我先下线了。').waitFor({ state: 'attached' });
    expect(await chimes()).toBe(1);
    tab.close();
    await context.close();
  });

  it('leaves the title alone and offers no sound switch when the site turned them off', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    // The demo shop's own page, its script tag carrying the site owner's switches.
    await page.route(`${env.server.url}/`, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace(
        /<script([^>]*src="[^"]*\/widget\.js")/,
        '<script data-title-badge="off" data-sound="off"$1',
      );
      expect(html).toContain('data-title-badge="off"');
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(`${env.server.url}/`);
    const shop = new DemoShop(page);
    await shop.openChat();
    const title = await page.title();
    await page.evaluate(() => {
      const w = window as unknown as { got: number; Kefu: (...a: unknown[]) => void };
      w.got = 0;
      w.Kefu('on', 'message', () => (w.got += 1));
    });
    await setHidden(page, true);
    await shop.ask('下单后多久发货？');
    await shop.sees('付款后 48 小时内发货。');
    // The answer reached the host page (the API's event); the title stayed as it was.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { got: number }).got))
      .toBe(1);
    expect(await page.title()).toBe(title);
    await setHidden(page, false);

    await shop.chat.getByRole('button', { name: '更多' }).click();
    await shop.chat.getByRole('button', { name: '下载聊天记录' }).waitFor();
    expect(await shop.chat.getByRole('button', { name: '声音' }).count()).toBe(0);
    await context.close();
  });
});
