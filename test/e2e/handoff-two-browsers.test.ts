import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer();

async function signInAway(page: Page): Promise<void> {
  await page.goto(`${env.server.url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(TEST_ADMIN.email);
  await page.getByLabel('密码', { exact: true }).fill(TEST_ADMIN.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  const status = page.getByRole('group', { name: '接待状态' });
  await expect.poll(() => status.getByRole('radio', { name: '在线' }).isChecked()).toBe(true);
  // Away: the chat waits in the queue, so the agent takes it by hand.
  await status.getByRole('radio', { name: '离开' }).check();
  await expect.poll(() => status.getByRole('radio', { name: '离开' }).isChecked()).toBe(true);
}

describe('a visitor and an agent, each in their own browser', () => {
  it('queue, take, chat with typing both ways, close with a classification, rate', async () => {
    // A colleague of another department is online, so the visitor is queued, not sent to the form.
    await onlineElsewhere(env.server);
    const agentContext = await env.browser.newContext({ locale: 'zh-CN' });
    const visitorContext = await env.browser.newContext({ locale: 'zh-CN' });
    const console_ = await agentContext.newPage();
    await signInAway(console_);

    const shop = await DemoShop.open(visitorContext, env.server.url);
    await shop.openChat();
    await shop.ask('怎么申请退货？');
    await shop.sees('7 天内无理由退货');
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    await shop.chat.getByRole('status').filter({ hasText: '下一位就是您' }).waitFor();
    const [waiting] = await env.server.store.conversations.listQueued(null);

    const queue = console_.getByRole('region', { name: '排队中' });
    await queue.getByRole('button', { name: /^接入 访客/ }).click();
    await shop.chat.getByRole('banner').getByText('客服 Admin').waitFor();
    await shop.sees('客服 Admin 为您服务。');

    const chat = console_.getByRole('region', { name: /^访客 / });
    const log = chat.getByRole('log', { name: '会话记录' });
    // The bot part of the conversation is there for the agent.
    await log.getByText('怎么申请退货？').waitFor();

    await shop.input.pressSequentially('退款还没到账');
    await chat.getByRole('status').getByText('访客正在输入…').waitFor();
    await shop.input.press('Enter');
    await log.getByText('退款还没到账').waitFor();

    const reply = chat.getByRole('textbox', { name: '回复内容' });
    await reply.pressSequentially('我帮您查一下');
    await shop.chat.getByRole('status').filter({ hasText: '客服正在输入…' }).waitFor();
    await reply.press('Enter');
    await shop.sees('我帮您查一下');

    await chat.getByRole('button', { name: '结束会话' }).click();
    const dialog = console_.getByRole('dialog', { name: '结束会话' });
    await dialog.getByRole('radio', { name: '咨询' }).check();
    await dialog.getByRole('textbox', { name: '一句话小结' }).fill('退款进度查询');
    await dialog.getByRole('button', { name: '结束会话' }).click();
    await shop.sees('本次会话已结束，感谢您的咨询。');

    const rating = shop.chat.getByRole('radiogroup', { name: '请评价本次服务' });
    await rating.getByRole('radio', { name: '非常满意' }).check();
    await shop.chat.getByLabel('评价说明（选填）').fill('很耐心');
    await shop.chat.getByRole('button', { name: '提交评价' }).click();
    await shop.sees('感谢您的评价！');
    await chat.getByText('非常满意').waitFor();

    const conversation = await env.server.store.conversations.get(waiting!.id);
    expect(conversation).toMatchObject({
      status: 'closed',
      closeType: 'consultation',
      closeSummary: '退款进度查询',
      rating: 5,
      ratingComment: '很耐心',
    });
    expect(conversation?.firstReplyAt).not.toBeNull();
    await agentContext.close();
    await visitorContext.close();
  });
});
