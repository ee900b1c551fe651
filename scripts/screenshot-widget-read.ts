import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { visitorWithAdmin } from './screenshot-handoff.ts';
import { adminCookie } from './screenshot-session.ts';

/**
 * 已读 and the chat's menu, for the docs: the admin's console (a socket, as the console's own)
 * takes a visitor's chat, answers and reads their next message; the visitor sees 已读 under it
 * and opens 更多 (声音, 下载聊天记录) (docs/widget-read.png). The chat is closed afterwards.
 */
export async function takeWidgetReadScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const { desk, page, chat, conversationId, say, end } = await visitorWithAdmin(
    browser,
    url,
    await adminCookie(url, admin),
  );
  await say('您好，我是客服，请问有什么可以帮您？');
  const input = chat.getByLabel('输入消息');
  await input.fill('我的订单还没到，单号 20250301');
  await input.press('Enter');
  await chat.getByText('我的订单还没到，单号 20250301').first().waitFor();
  // The console marks what it shows as read; the server keeps it within the chat's messages.
  await desk.call('conversation.read', { conversationId, seq: Number.MAX_SAFE_INTEGER });
  await chat.getByText('已读', { exact: true }).waitFor();
  await chat.getByRole('button', { name: '更多' }).click();
  await chat.getByRole('button', { name: '下载聊天记录' }).waitFor();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(out, 'widget-read.png') });
  await end();
  console.log('docs/widget-read.png');
}
