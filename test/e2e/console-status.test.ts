import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';

const env = useDemoShopServer();
let context: BrowserContext;
afterEach(async () => {
  await context.close();
});

describe('console status switch', () => {
  it('switches to away with the keyboard, keeps it across a reload, and shows it in every tab', async () => {
    context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/console`);
    await page.getByLabel('邮箱', { exact: true }).fill(TEST_ADMIN.email);
    await page.getByLabel('密码', { exact: true }).fill(TEST_ADMIN.password);
    await page.getByLabel('密码', { exact: true }).press('Enter');

    const status = page.getByRole('group', { name: '接待状态' });
    const online = status.getByRole('radio', { name: '在线' });
    const away = status.getByRole('radio', { name: '离开' });
    await expect.poll(() => online.isChecked()).toBe(true);

    const other = await context.newPage();
    await other.goto(`${env.server.url}/console`);
    const otherAway = other.getByRole('radio', { name: '离开' });
    await expect.poll(() => other.getByRole('radio', { name: '在线' }).isChecked()).toBe(true);

    await online.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => away.isChecked()).toBe(true);
    await expect.poll(() => otherAway.isChecked()).toBe(true);

    await page.reload();
    await expect.poll(() => away.isChecked()).toBe(true);
    expect(await online.isChecked()).toBe(false);
  });
});
