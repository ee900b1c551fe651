import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_ADMIN } from '../helpers/server.ts';

const WORDS = {
  'zh-CN': { email: '邮箱', password: '密码', status: '接待状态', online: '在线' },
  en: { email: 'E-mail', password: 'Password', status: 'Status', online: 'Online' },
} as const;

/**
 * Signs in through the console's own form, in the page's language, and waits until the agent
 * shows online (the console's socket is up).
 */
export async function signInOnline(
  page: Page,
  url: string,
  lang: keyof typeof WORDS = 'zh-CN',
  account = TEST_ADMIN,
): Promise<void> {
  const w = WORDS[lang];
  await page.goto(`${url}/console`);
  await page.getByLabel(w.email, { exact: true }).fill(account.email);
  await page.getByLabel(w.password, { exact: true }).fill(account.password);
  await page.getByLabel(w.password, { exact: true }).press('Enter');
  const online = page.getByRole('group', { name: w.status }).getByRole('radio', { name: w.online });
  await expect.poll(() => online.isChecked()).toBe(true);
}
