import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { avatarPath } from '../../protocol/index.ts';
import { PNG } from '../helpers/attachments.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop, isFocused } from './widget-page.ts';
import { signInOnline } from './console-page.ts';

const env = useDemoShopServer();
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function newPage(): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  contexts.push(context);
  return context.newPage();
}

const signIn = (page: Page) => signInOnline(page, env.server.url);

/** Whether an <img> has arrived and decoded: a photo the visitor actually sees. */
const shown = (img: ReturnType<Page['locator']>) =>
  img.evaluate((el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0);

describe('the agent’s photo and the emoji picker in the widget', () => {
  it('shows the photo the agent uploaded next to their name, and puts a picked emoji at the caret', async () => {
    const agent = await newPage();
    await signIn(agent);
    await agent.getByRole('button', { name: '我的头像' }).click();
    const dialog = agent.getByRole('dialog', { name: '我的头像' });
    await dialog
      .getByLabel('上传头像')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await dialog.getByRole('status').getByText('头像已保存。').waitFor();
    await dialog.getByRole('img', { name: /的头像$/ }).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    const admin = await env.server.store.agents.findByEmail(TEST_ADMIN.email);
    const photo = avatarPath(admin!.avatar!);

    const shop = new DemoShop(await newPage());
    await shop.page.goto(`${env.server.url}/`);
    await shop.openChat();
    const header = shop.chat.getByRole('banner');
    await header.getByRole('button', { name: '转人工' }).click();
    await header.getByText(/客服 Admin/).waitFor();
    const headerPhoto = header.locator('img');
    await expect.poll(() => headerPhoto.getAttribute('src')).toBe(photo);
    await expect.poll(() => shown(headerPhoto)).toBe(true);

    // The agent answers from the console: the run of their bubbles starts with the photo.
    await agent.getByRole('region', { name: '我的会话' }).getByRole('button').first().click();
    const reply = agent.getByRole('textbox', { name: '回复内容' });
    await reply.fill('您好，我是客服 Admin。');
    await reply.press('Enter');
    await shop.sees('您好，我是客服 Admin。');
    const label = shop.log.getByText('Admin', { exact: true });
    await expect.poll(() => label.locator('img').getAttribute('src')).toBe(photo);
    await expect.poll(() => shown(label.locator('img'))).toBe(true);

    // The emoji picker, by keyboard only: its button sits just before the text box.
    await shop.input.fill('谢谢！');
    await shop.input.press('ArrowLeft');
    await shop.input.press('Shift+Tab');
    const button = shop.chat.getByRole('button', { name: '表情' });
    expect(await isFocused(button)).toBe(true);
    await button.press('Enter');
    const picker = shop.chat.getByRole('group', { name: '表情' });
    const smile = picker.getByRole('button', { name: '微笑' });
    await expect.poll(() => isFocused(smile)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await smile.press('ArrowDown');
    await smile.page().keyboard.press('ArrowRight');
    expect(await isFocused(picker.getByRole('button', { name: '思考' }))).toBe(true);
    await smile.page().keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => shop.input.inputValue()).toBe('谢谢🤔！');
    await expect.poll(() => isFocused(shop.input)).toBe(true);
    expect(await shop.input.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(4);

    // Esc closes the picker only, and gives the focus back to its button.
    await shop.input.press('Shift+Tab');
    await button.press('Enter');
    await expect.poll(() => isFocused(smile)).toBe(true);
    await smile.press('Escape');
    await picker.waitFor({ state: 'detached' });
    expect(await isFocused(button)).toBe(true);
    expect(await shop.input.isVisible()).toBe(true);

    await shop.input.press('Enter');
    await agent.getByRole('log', { name: '会话记录' }).getByText('谢谢🤔！').waitFor();
    await expect.poll(() => shop.countMine('谢谢🤔！')).toBe(1);
  });
});
