import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * The transcripts page for the docs (docs/console-transcripts.png): the admin searches the
 * conversations the earlier scenes left behind for 退款 and sees the matches marked.
 */
export async function takeTranscriptsScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 860 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(`${url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(admin.email);
  await page.getByLabel('密码', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('link', { name: '会话记录', exact: true }).click();
  const search = page.getByRole('searchbox', { name: '搜索会话内容' });
  await search.fill('退款');
  await search.press('Enter');
  await page.getByRole('table').locator('mark').first().waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-transcripts.png') });
  console.log('docs/console-transcripts.png');
  await context.close();
}
