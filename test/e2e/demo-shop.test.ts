import { describe, it } from 'vitest';
import { demoFaqEntries } from '../../knowledge/demo/index.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer({ faq: demoFaqEntries() });

/** The README's promise to a newcomer, on the real demo knowledge base. */
describe('the demo shop', () => {
  it('answers 怎么申请退货？ with the returns procedure', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.ask('怎么申请退货？');
    await shop.sees('7 天无理由退货');
    await shop.chat.getByRole('link', { name: '订单中心' }).first().waitFor();
    await context.close();
  });

  it('answers "How do I return an item?" in English', async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const shop = await DemoShop.open(context, env.server.url, 'en');
    await shop.openChat();
    await shop.ask('How do I return an item?');
    await shop.sees('without giving a reason');
    await shop.chat.getByRole('link', { name: 'My orders' }).first().waitFor();
    await context.close();
  });
});
