import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { consolePage } from './screenshot-session.ts';

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
  const page = await consolePage(browser, url, admin);
  await page.getByRole('link', { name: '会话记录', exact: true }).click();
  const search = page.getByRole('searchbox', { name: '搜索会话内容' });
  await search.fill('退款');
  await search.press('Enter');
  await page.getByRole('table').locator('mark').first().waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-transcripts.png') });
  console.log('docs/console-transcripts.png');
  await page.context().close();
}
