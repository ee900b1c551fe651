import { describe, expect, it } from 'vitest';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer();

describe('a visitor who loses the connection', () => {
  it('sees the offline banner, and what they sent meanwhile arrives once after reconnecting', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.chat.getByText('在线 · 通常立即回复').waitFor();

    await context.setOffline(true);
    const banner = shop.chat.getByRole('status').filter({ hasText: shop.names.offline });
    await banner.waitFor();
    await shop.ask('怎么申请退货？');
    await shop.log.getByText('发送中…').waitFor();

    await context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    await shop.sees('7 天内无理由退货');
    expect(await shop.log.getByText('发送中…').count()).toBe(0);
    expect(await shop.countMine('怎么申请退货？')).toBe(1);

    // What the server stored, seen from a tab that has the token but no cached messages.
    const tab = await DemoShop.open(context, env.server.url);
    await tab.page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('kefu.chat.v1') ?? '{}') as object;
      localStorage.setItem('kefu.chat.v1', JSON.stringify({ ...saved, messages: [], pending: [] }));
    });
    await tab.page.reload();
    await tab.openChat();
    await tab.sees('7 天内无理由退货');
    expect(await tab.countMine('怎么申请退货？')).toBe(1);
    await context.close();
  });

  it('keeps a message typed offline across a reload and sends it when back online', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.chat.getByText('在线 · 通常立即回复').waitFor();

    await context.setOffline(true);
    await shop.ask('退款多久到账？');
    await shop.log.getByText('发送中…').waitFor();
    await context.setOffline(false);
    await shop.page.reload();
    await shop.openChat();
    await shop.sees('1–3 个工作日内原路退回');
    expect(await shop.countMine('退款多久到账？')).toBe(1);
    await context.close();
  });

  it('starts afresh when the server no longer knows the stored token', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.page.evaluate(() => {
      const stale = {
        token: 'x'.repeat(43),
        messages: [
          {
            id: 'gone',
            conversationId: 'gone',
            seq: 1,
            clientId: null,
            author: 'bot',
            kind: 'text',
            body: '一条旧消息',
            createdAt: '2024-01-01T00:00:00.000Z',
          },
        ],
        pending: [],
        readSeq: 1,
      };
      localStorage.setItem('kefu.chat.v1', JSON.stringify(stale));
    });
    await shop.page.reload();
    await shop.openChat();
    await shop.ask('怎么申请退货？');
    await shop.sees('7 天内无理由退货');
    expect(await shop.log.getByText('一条旧消息').count()).toBe(0);
    await context.close();
  });
});
