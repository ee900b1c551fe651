import { resolve } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { consolePage, signInToConsole } from './screenshot-session.ts';

/**
 * The handoff scene for the docs: a visitor on the demo shop asks the bot, then for a person;
 * the admin, signed in to the console, gets the chat, writes a note and replies while the
 * visitor types. Saves docs/console.png (the chat view) and, after the agent closes the chat,
 * docs/widget-rating.png (the visitor's rating form).
 */
export async function takeChatScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const agentContext = await browser.newContext({
    viewport: { width: 1440, height: 860 },
    locale: 'zh-CN',
  });
  const visitorContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const console_ = await agentContext.newPage();
  await signInToConsole(console_, url, admin);
  await console_.getByRole('button', { name: '退出登录', exact: true }).waitFor();

  const shop = await visitorContext.newPage();
  const chat = await openWidget(shop, url);
  await ask(chat, '退款多久能到账？');
  await chat.getByRole('group', { name: '有帮助吗？' }).waitFor();
  await chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
  await chat
    .getByRole('banner')
    .getByText(/^客服 /)
    .waitFor();
  await ask(chat, '我 3 天前退的货，退款还没到账');

  const mine = console_.getByRole('region', { name: '我的会话' });
  await mine.getByRole('button', { name: /^访客/ }).first().click();
  const view = console_.getByRole('region', { name: /^访客 / });
  const log = view.getByRole('log', { name: '会话记录' });
  await log.getByText('退款还没到账').waitFor();
  await view.getByRole('radio', { name: '内部备注' }).check();
  const note = view.getByRole('textbox', { name: '备注内容' });
  await note.fill('老客户，订单 20261120-0815，已查到退货签收');
  await note.press('Enter');
  await view.getByRole('radio', { name: '回复访客' }).check();
  const reply = view.getByRole('textbox', { name: '回复内容' });
  await reply.fill('您好，退货已签收，退款会在 1–3 个工作日内原路退回，请您留意。');
  await reply.press('Enter');
  await chat.getByText('请您留意').waitFor();
  await chat.getByLabel('输入消息').pressSequentially('好的，谢谢');
  await view.getByRole('status').getByText('访客正在输入…').waitFor();
  await console_.mouse.move(0, 0);
  await console_.screenshot({ path: resolve(out, 'console.png') });
  console.log('docs/console.png');

  await chat.getByLabel('输入消息').press('Enter');
  await view.getByRole('button', { name: '结束会话' }).click();
  const dialog = console_.getByRole('dialog', { name: '结束会话' });
  await dialog.getByRole('radio', { name: '咨询' }).check();
  await dialog.getByRole('textbox', { name: '一句话小结' }).fill('退款进度查询');
  await dialog.getByRole('button', { name: '结束会话' }).click();
  await chat.getByRole('radiogroup', { name: '请评价本次服务' }).waitFor();
  await chat.getByRole('radio', { name: '满意', exact: true }).check();
  await shop.mouse.move(0, 0);
  await shop.waitForTimeout(400);
  await shop.screenshot({ path: resolve(out, 'widget-rating.png') });
  console.log('docs/widget-rating.png');
  await agentContext.close();
  await visitorContext.close();
}

async function openWidget(page: Page, url: string): Promise<FrameLocator> {
  await page.goto(`${url}/?lang=zh-CN`);
  await page.getByRole('button', { name: '在线客服', exact: true }).click();
  return page.getByTitle('在线客服', { exact: true }).contentFrame();
}

async function ask(chat: FrameLocator, text: string): Promise<void> {
  const input = chat.getByLabel('输入消息');
  await input.fill(text);
  await input.press('Enter');
}

/**
 * The admin's side: the knowledge base's gaps view after visitors asked what the bot could not
 * answer (docs/console-gaps.png), and the knowledge-base list (docs/console-kb.png).
 */
export async function takeAdminScenes(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const visitors = await browser.newContext({ locale: 'zh-CN' });
  for (const question of ['支持以旧换新吗？', '旧手机可以折价换新吗', '以旧换新怎么参加']) {
    const shop = await visitors.newPage();
    const chat = await openWidget(shop, url);
    await ask(chat, question);
    await chat
      .getByText(/抱歉|您是不是想问/)
      .first()
      .waitFor();
    await shop.close();
  }
  await visitors.close();

  const page = await consolePage(browser, url, admin);
  await page.getByRole('button', { name: '退出登录', exact: true }).waitFor();
  await page.goto(`${url}/console#knowledge`);
  await page.getByRole('table').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-kb.png') });
  console.log('docs/console-kb.png');
  await page.goto(`${url}/console#knowledge/gaps`);
  await page.getByText('以旧换新').first().waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-gaps.png') });
  console.log('docs/console-gaps.png');
  await page.context().close();
}
