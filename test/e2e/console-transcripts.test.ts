import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../protocol/index.ts';
import { visitorCode } from '../../server/presenters/conversation.ts';
import { catchUpSearchIndex } from '../../server/services/transcripts/search-index.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { addAgent, MEI } from '../helpers/console-api.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { newClientId, newVisitor, unwrap } from '../helpers/visitor-client.ts';
import { useDemoShopServer } from './setup.ts';
import { isFocused } from './widget-page.ts';

const env = useDemoShopServer();
let context: BrowserContext;
afterEach(async () => {
  await context.close();
});

const REPLY = '您好，退货单已经为您登记，快递员明天上门取件。';
/** Visitor codes as the console shows them (访客 7F3A). */
const codes = { zh: '', en: '' };

/**
 * Two stored conversations: a Chinese one about a return, handed to Mei, answered and closed
 * as a complaint tagged 物流; and an English one the bot settled alone.
 */
beforeAll(async () => {
  await addAgent(env.server, MEI);
  const mei = await ConsoleTab.open(
    env.server.url,
    await signIn(env.server.url, { email: MEI.email, password: MEI.password }),
  );
  unwrap(await mei.setStatus('online'));

  const zh = await newVisitor(env.server.url, 'zh-CN');
  codes.zh = visitorCode(zh.session.visitorId);
  const { conversationId } = await zh.tab.send('怎么申请退货？');
  unwrap(await zh.tab.requestHandoff());
  await vi.waitFor(() => expect(mei.assigned.map((c) => c.id)).toContain(conversationId));
  unwrap(await mei.call('message.send', { conversationId, clientId: newClientId(), body: REPLY }));
  unwrap(
    await mei.call('conversation.close', {
      conversationId,
      type: 'complaint',
      departmentId: 'general',
      tags: ['物流'],
      summary: '上门取件太慢',
    }),
  );

  const en = await newVisitor(env.server.url, 'en');
  codes.en = visitorCode(en.session.visitorId);
  await en.tab.send('How do I reset my password?');

  // The server indexes new messages on a timer, and the test server's clock stands still.
  await catchUpSearchIndex({ store: env.server.store });
  mei.close();
  zh.tab.close();
  en.tab.close();
});

/** Signs the admin in and follows the navigation link; returns the page's region. */
async function openTranscripts(
  lang: Language,
  link: string,
): Promise<{ page: Page; desk: Locator }> {
  context = await env.browser.newContext({ locale: lang, acceptDownloads: true });
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

/** The words marked in a row: <mark> has no role Playwright can ask for, so by element. */
const marks = (row: Locator) => row.locator('mark').allTextContents();

/** The result rows: each one opens its conversation through a link. */
const rows = (desk: Locator) =>
  desk
    .getByRole('table')
    .getByRole('row')
    .filter({ has: desk.page().getByRole('link') });

async function downloaded(page: Page, link: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  return readFile(path, 'utf8');
}

describe('console transcripts', () => {
  it('searches in Chinese, filters by type, reads one conversation, downloads and exports', async () => {
    const { page, desk } = await openTranscripts('zh-CN', '会话记录');
    await desk.getByRole('status').getByText('共 2 条会话').waitFor();
    const zhVisitor = `访客 ${codes.zh}`;

    const search = desk.getByRole('searchbox', { name: '搜索会话内容' });
    await search.fill('退货');
    await search.press('Enter');
    await desk.getByRole('status').getByText('共 1 条会话').waitFor();
    const [row] = await rows(desk).all();
    await row!.getByRole('link', { name: zhVisitor }).waitFor();
    await expect.poll(() => marks(row!)).toContain('退货');
    expect(await desk.getByText(`访客 ${codes.en}`).count()).toBe(0);

    // The type alone finds it too; the filters live in the address, so a reload keeps them.
    await search.fill('');
    await desk.getByLabel('会话类型').selectOption({ label: '投诉' });
    await desk.getByRole('button', { name: '搜索', exact: true }).click();
    await expect.poll(() => page.url()).toContain('type=complaint');
    await page.reload();
    await desk.getByRole('status').getByText('共 1 条会话').waitFor();
    expect(await desk.getByLabel('会话类型').inputValue()).toBe('complaint');
    expect(await rows(desk).count()).toBe(1);
    await expect
      .poll(() => rows(desk).first().getByRole('cell').allTextContents())
      .toEqual(expect.arrayContaining(['投诉', '物流', 'Mei Lin']));

    await desk.getByRole('link', { name: zhVisitor }).click();
    const view = desk.getByRole('region', { name: zhVisitor });
    const heading = view.getByRole('heading', { name: zhVisitor });
    await expect.poll(() => isFocused(heading)).toBe(true);
    const log = view.getByRole('log', { name: '会话记录' });
    await log.getByText('怎么申请退货？').waitFor();
    await log.getByText(REPLY).waitFor();
    await view.getByText('上门取件太慢').waitFor();
    // Read-only: nothing here writes to the visitor or changes the conversation.
    expect(await page.getByRole('textbox', { name: '回复内容' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '结束会话' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '转接' }).count()).toBe(0);

    const txt = await downloaded(page, view.getByRole('link', { name: '下载 TXT' }));
    expect(txt).toContain('怎么申请退货？');
    expect(txt).toContain(REPLY);

    await view.getByRole('link', { name: '返回搜索结果' }).click();
    await expect.poll(() => isFocused(desk.getByRole('link', { name: zhVisitor }))).toBe(true);

    const csv = await downloaded(page, desk.getByRole('link', { name: '导出 CSV' }));
    expect(csv).toContain(codes.zh);
    expect(csv).toContain('物流');
    expect(csv).not.toContain(codes.en);
  });

  it('works in English: the bot-only conversation is found by its words', async () => {
    const { desk } = await openTranscripts('en', 'Transcripts');
    const search = desk.getByRole('searchbox', { name: 'Search conversations' });
    await search.fill('password');
    await search.press('Enter');
    await desk.getByRole('status').getByText('1 conversation', { exact: true }).waitFor();
    const row = rows(desk).first();
    await row.getByRole('link', { name: `Visitor ${codes.en}` }).waitFor();
    await expect.poll(() => row.getByRole('cell').allTextContents()).toContain('Bot only');
    await expect.poll(() => marks(row)).toContain('password');
  });
});
