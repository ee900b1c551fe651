import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskSettings, Language } from '../../protocol/index.ts';
import { visitorCode } from '../../server/presenters/conversation.ts';
import { catchUpSearchIndex } from '../../server/services/transcripts/search-index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { newVisitor } from '../helpers/visitor-client.ts';
import { useDemoShopServer } from './setup.ts';
import { isFocused } from './widget-page.ts';

const env = useDemoShopServer();
let context: BrowserContext;
afterEach(async () => {
  await context.close();
});

/** Two visitors the bot answered; the first one will ask to be forgotten. */
const codes: string[] = [];
beforeAll(async () => {
  for (const text of ['My phone number is 13800001111', 'How do I reset my password?']) {
    const { session, tab } = await newVisitor(env.server.url, 'en');
    codes.push(visitorCode(session.visitorId));
    await tab.send(text);
    tab.close();
  }
  await catchUpSearchIndex({ store: env.server.store });
});

/** Signs the admin in and follows a navigation link; returns the page's region. */
async function openPage(lang: Language, link: string): Promise<{ page: Page; desk: Locator }> {
  context = await env.browser.newContext({ locale: lang });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/console`);
  const [email, password] = lang === 'en' ? ['E-mail', 'Password'] : ['邮箱', '密码'];
  await page.getByLabel(email, { exact: true }).fill(TEST_ADMIN.email);
  await page.getByLabel(password, { exact: true }).fill(TEST_ADMIN.password);
  await page.getByLabel(password, { exact: true }).press('Enter');
  await page.getByRole('link', { name: link, exact: true }).click();
  const desk = page.getByRole('region', { name: link, exact: true });
  await desk.getByRole('heading', { level: 1, name: link }).waitFor();
  return { page, desk };
}

describe('data care in the console', () => {
  it('switches retention on in the settings, in Chinese, and refuses 0 months by the field', async () => {
    const { desk } = await openPage('zh-CN', '设置');
    const card = desk.getByRole('region', { name: '会话记录保留期限' });
    await card.getByRole('switch', { name: '自动删除过期的会话记录' }).check();
    const months = card.getByRole('spinbutton', { name: '保留期限（月）' });
    await months.fill('0');
    await desk.getByRole('button', { name: '保存设置' }).click();
    await card.getByText('请填写 1–120 之间的整数月数。').waitFor();
    await expect.poll(() => isFocused(months)).toBe(true);

    await months.fill('12');
    await desk.getByRole('button', { name: '保存设置' }).click();
    await desk.getByRole('status').getByText('已保存').waitFor();
    const admin = await signIn(env.server.url);
    const saved = await consoleRequest(env.server.url, 'GET', '/api/settings', admin);
    expect(((await saved.json()) as DeskSettings).retention).toEqual({ enabled: true, months: 12 });
  });

  it('deletes everything about a visitor from the transcript view, after a confirmation', async () => {
    const { desk } = await openPage('en', 'Transcripts');
    const name = `Visitor ${codes[0]}`;
    await desk.getByRole('status').getByText('2 conversations', { exact: true }).waitFor();
    await desk.getByRole('link', { name }).click();
    const view = desk.getByRole('region', { name });
    await view.getByRole('button', { name: 'Delete everything about this visitor' }).click();
    const confirm = view.getByRole('group', {
      name: `Delete everything about ${name}? This cannot be undone.`,
    });
    // The confirmation opens on Cancel: Enter alone deletes nothing.
    await expect.poll(() => isFocused(confirm.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await confirm.getByRole('button', { name: 'Delete for ever' }).click();
    await view
      .getByRole('status')
      .getByText(
        'Deleted everything about this visitor (conversations: 1, messages: 2, left messages: 0, work orders: 0).',
      )
      .waitFor();

    await view.getByRole('link', { name: 'Back to the results' }).click();
    await desk.getByRole('status').getByText('1 conversation', { exact: true }).waitFor();
    expect(await desk.getByRole('link', { name }).count()).toBe(0);
  });
});
