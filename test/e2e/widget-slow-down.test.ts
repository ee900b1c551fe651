import { describe, expect, it } from 'vitest';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

/** Three writes per visitor in 8 s: a quick typist reaches it, and the test waits only seconds. */
const WINDOW_MS = 8_000;
const env = useDemoShopServer({ env: { KEFU_LIMIT_VISITOR_BURST: `3/${WINDOW_MS / 1000}` } });

const NOTE = '您发得有点快，稍后会自动发送';
/** Questions the fixture knowledge base answers, so the bot never hands the chat over. */
const WRITTEN = [
  '怎么申请退货？',
  '退款多久到账？',
  '下单后多久发货？',
  '门店 WiFi 密码是多少？',
  '我想退货',
];

/** The conversation the chat shows, from its saved state (the demo page shares its origin). */
async function conversationOf(shop: DemoShop): Promise<string> {
  const saved = await shop.page.evaluate(() => localStorage.getItem('kefu.chat.v1'));
  const { messages } = JSON.parse(saved ?? '{}') as { messages?: { conversationId: string }[] };
  const id = messages?.[0]?.conversationId;
  if (!id) throw new Error('the chat holds no conversation');
  return id;
}

describe('a visitor who writes faster than the limit', () => {
  it('is told kindly, and every message is sent by itself, stored and shown in the order written', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.chat.getByText('在线 · 通常立即回复').waitFor();
    for (const text of WRITTEN) await shop.ask(text);

    // The note is in the conversation's live region (role log), so screen readers announce it.
    await shop.log.getByText(NOTE).waitFor();
    expect(await shop.log.getAttribute('aria-live')).toBe('polite');
    for (const text of WRITTEN) expect(await shop.countMine(text)).toBe(1);

    await shop.log.getByText(NOTE).waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => shop.log.getByText('发送中…').count(), { timeout: 15_000 }).toBe(0);
    const mine = await shop.log.getByText(/^我: .+/).allTextContents();
    expect(mine).toEqual(WRITTEN.map((text) => `我: ${text}`));
    expect(await shop.log.getByText('发送失败').count()).toBe(0);

    const stored = await env.server.store.messages.listAfter(await conversationOf(shop), 0);
    expect(stored.filter((m) => m.author === 'visitor').map((m) => m.body)).toEqual(WRITTEN);
    await context.close();
  }, 40_000);

  it('sees "please wait a moment" on the leave-a-message form, which then goes through', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.chat.getByText('在线 · 通常立即回复').waitFor();
    for (const text of WRITTEN.slice(0, 3)) await shop.ask(text);
    await expect.poll(() => shop.log.getByText('发送中…').count()).toBe(0);

    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    const form = shop.chat.getByRole('form', { name: '留言' });
    await form.getByLabel('姓名').fill('王先生');
    await form.getByLabel('手机或邮箱').fill('wang@example.com');
    await form.getByLabel('留言内容').fill('想咨询批量采购的价格');
    await form.getByRole('button', { name: '提交留言' }).click();
    await form.getByRole('alert').filter({ hasText: '您操作得有点快，请稍等片刻再试。' }).waitFor();
    expect(await form.getByLabel('留言内容').inputValue()).toBe('想咨询批量采购的价格');
    expect(await env.server.store.leftMessages.list('open', 10)).toEqual([]);

    await new Promise((r) => setTimeout(r, WINDOW_MS));
    await form.getByRole('button', { name: '提交留言' }).click();
    await shop.sees('留言已收到，我们会尽快联系您。');
    expect(await env.server.store.leftMessages.list('open', 10)).toMatchObject([
      { name: '王先生', body: '想咨询批量采购的价格' },
    ]);
    await context.close();
  }, 40_000);
});
