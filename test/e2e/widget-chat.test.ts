import { describe, expect, it } from 'vitest';
import { useDemoShopServer } from './setup.ts';
import { DemoShop, isFocused } from './widget-page.ts';

const env = useDemoShopServer();

describe('the chat widget on the demo shop', () => {
  it('answers a returns question, and the conversation survives a reload and a new tab', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    expect(await isFocused(shop.input)).toBe(true);

    await shop.ask('怎么申请退货？');
    await shop.sees('7 天内无理由退货');
    await shop.chat.getByRole('group', { name: shop.names.helpful }).waitFor();

    await shop.page.reload();
    await shop.openChat();
    await shop.sees('7 天内无理由退货');
    expect(await shop.countMine('怎么申请退货？')).toBe(1);

    const tab = await DemoShop.open(context, env.server.url);
    await tab.openChat();
    await tab.sees('7 天内无理由退货');
    expect(await tab.countMine('怎么申请退货？')).toBe(1);
    await context.close();
  });

  it('speaks English when the page asks for it', async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const shop = await DemoShop.open(context, env.server.url, 'en');
    await shop.openChat();
    await shop.chat.getByRole('button', { name: 'Talk to a person' }).waitFor();
    await shop.ask('How do I return an item?');
    await shop.sees('Returns are free within 7 days');

    const helpful = shop.chat.getByRole('button', { name: 'Helpful', exact: true });
    await helpful.click();
    await expect.poll(() => helpful.getAttribute('aria-pressed')).toBe('true');
    await shop.sees('Thanks for your feedback!');
    await context.close();
  });

  it('answers a suggested question when its chip is clicked', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.ask('退货退款');
    const chip = shop.log.getByRole('button', { name: '退款多久到账？' });
    await chip.click();
    await shop.sees('1–3 个工作日内原路退回');
    expect(await shop.countMine('退款多久到账？')).toBe(1);
    await context.close();
  });

  it('counts replies that arrive while the panel is closed on the launcher badge', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const asking = await DemoShop.open(context, env.server.url);
    await asking.openChat();
    await asking.ask('怎么申请退货？');
    await asking.sees('7 天内无理由退货');

    // A returning visitor: this tab loads the chat hidden, so it can count replies.
    const waiting = await DemoShop.open(context, env.server.url);
    await waiting.page.evaluate(() => {
      const w = window as unknown as { unread: number[]; Kefu: (...args: unknown[]) => void };
      w.unread = [];
      w.Kefu('on', 'unread', (n: number) => w.unread.push(n));
    });
    await waiting.chat.getByText('在线 · 通常立即回复').waitFor({ state: 'attached' });
    const unreadEvents = () =>
      waiting.page.evaluate(() => (window as unknown as { unread: number[] }).unread);

    await asking.ask('退款多久到账？');
    const badge = waiting.page.getByRole('img', { name: '1 条未读消息' });
    await badge.waitFor();
    expect(await waiting.launcher.getAttribute('aria-describedby')).toBe(
      await badge.getAttribute('id'),
    );
    await expect.poll(unreadEvents).toEqual([1]);

    await waiting.openChat();
    await badge.waitFor({ state: 'hidden' });
    await expect.poll(unreadEvents).toEqual([1, 0]);
    await context.close();
  });

  it('explains a message the server refuses and gives the text back to edit', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    const tooLong = '退'.repeat(2001);
    await shop.ask(tooLong);
    await shop.chat.getByRole('alert').filter({ hasText: '最多 2000 字' }).waitFor();
    expect(await shop.input.inputValue()).toBe(tooLong);
    expect(await shop.log.getByText('发送中…').count()).toBe(0);
    await context.close();
  });

  it('offers a person from the header at any time', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.page.getByRole('link', { name: '联系客服' }).click();
    await shop.input.waitFor();
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    // Nobody is online in this test: the visitor is offered the leave-a-message form.
    await shop.chat.getByRole('form', { name: '留言' }).waitFor();
    await context.close();
  });
});
