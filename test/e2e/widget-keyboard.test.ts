import type { BrowserContext } from 'playwright-core';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { useDemoShopServer } from './setup.ts';
import { DemoShop, isFocused } from './widget-page.ts';

const env = useDemoShopServer();
let context: BrowserContext;
beforeEach(async () => {
  context = await env.browser.newContext({ locale: 'zh-CN' });
});
afterEach(async () => {
  await context.close();
});

describe('the widget by keyboard', () => {
  it('opens from the launcher into the text box, and Esc closes it back to the launcher', async () => {
    const shop = await DemoShop.open(context, env.server.url);
    await shop.launcher.focus();
    await shop.page.keyboard.press('Enter');
    await expect.poll(() => isFocused(shop.input)).toBe(true);

    await shop.page.keyboard.press('Escape');
    await expect.poll(() => shop.launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await shop.page.getByTitle(shop.names.frame).isVisible()).toBe(false);
    expect(await isFocused(shop.launcher)).toBe(true);
  });

  it('suggests questions while typing; arrow keys and Enter pick one', async () => {
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.input.pressSequentially('退货');
    const list = shop.chat.getByRole('listbox', { name: shop.names.suggestions });
    await list.getByRole('option', { name: '怎么申请退货？' }).waitFor();

    await shop.input.press('ArrowDown');
    const active = await shop.input.getAttribute('aria-activedescendant');
    const first = list.getByRole('option').first();
    expect(active).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');

    await shop.input.press('Enter');
    await shop.sees('7 天内无理由退货');
    expect(await shop.input.inputValue()).toBe('');
    expect(await list.count()).toBe(0);
  });

  it('Esc dismisses the suggestions without closing the chat', async () => {
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.input.pressSequentially('退货');
    const list = shop.chat.getByRole('listbox');
    await list.waitFor();
    await shop.input.press('Escape');
    await list.waitFor({ state: 'detached' });
    expect(await shop.launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await shop.input.inputValue()).toBe('退货');
  });

  it('Shift+Enter starts a new line, and Enter that ends an IME composition does not send', async () => {
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.input.pressSequentially('第一行');
    await shop.input.press('Shift+Enter');
    await shop.input.pressSequentially('第二行');
    expect(await shop.input.inputValue()).toBe('第一行\n第二行');

    // What a Chinese IME sends when Enter confirms the candidate: keydown with isComposing set.
    await shop.input.evaluate((el) => {
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }),
      );
    });
    expect(await shop.input.inputValue()).toBe('第一行\n第二行');
    expect(await shop.countMine('第一行\n第二行')).toBe(0);

    await shop.input.press('Enter');
    await expect.poll(() => shop.input.inputValue()).toBe('');
    await shop.log.getByText('第二行').waitFor();
  });
});
