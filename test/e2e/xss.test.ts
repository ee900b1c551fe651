import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/index.ts';
import { newClientId, unwrap } from '../helpers/visitor-client.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';
import { signIn as signInOverRest } from '../helpers/agent-client.ts';
import { AGENT, PLANTED, plantXss, type XssScene } from './xss-scene.ts';
import { plantTicket, TICKET } from './xss-tickets.ts';
import { armTrap, hostile, injectedMarkup, MARKDOWN_VISIBLE, type Trap } from './xss-trap.ts';

const env = useDemoShopServer();
let scene: XssScene;
let context: BrowserContext;
let trap: Trap;

beforeAll(async () => {
  scene = await plantXss(env.server);
});
afterAll(() => scene.agent.close());

afterEach(async () => {
  await context.close();
});

/** A browser with the trap armed and the content security policy off (see armTrap). */
async function trapped(): Promise<void> {
  context = await env.browser.newContext({
    locale: 'zh-CN',
    bypassCSP: true,
    acceptDownloads: true,
  });
  // Under the test's own time limit, so a text that never shows fails naming its locator.
  context.setDefaultTimeout(15_000);
  trap = await armTrap(context);
}

/** Nothing ran and nothing was parsed as markup, in any frame, up to now. */
async function inert(page: Page): Promise<void> {
  expect(await injectedMarkup(page)).toEqual([]);
  expect(trap.hits).toEqual([]);
}

/** Waits until each text shows as words inside `within`. */
async function shows(within: Locator | Page, ...texts: string[]): Promise<void> {
  for (const text of texts)
    await within.getByText(text).filter({ visible: true }).first().waitFor();
}

async function signIn(account: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${env.server.url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(account.email);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  return page;
}

/** Follows a navigation link; returns the page's region, named like the link. */
async function follow(page: Page, link: string): Promise<Locator> {
  await page.getByRole('link', { name: link, exact: true }).click();
  const desk = page.getByRole('region', { name: link, exact: true });
  await desk.getByRole('heading', { level: 1, name: link }).waitFor();
  return desk;
}

/** Opens every `<details>` (the report's data tables) so their cells are on screen. */
async function openDetails(within: Locator): Promise<void> {
  for (const summary of await within.locator('summary').all()) await summary.click();
}

describe('hostile input renders inert', () => {
  it('in the widget: a Markdown answer, suggestions, departments, the agent and their words', async () => {
    await trapped();
    const assigned = new Promise<ConversationSummary>((resolve) =>
      scene.agent.socket.once('conversation.assigned', resolve),
    );
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.input.pressSequentially('XSS 退货演练');
    const suggested = shop.chat.getByRole('listbox', { name: shop.names.suggestions });
    await suggested.getByRole('option', { name: PLANTED.faqQuestion }).waitFor();
    await shop.input.press('Escape');
    await shop.ask(PLANTED.faqQuestion);
    await shop.log.getByText(`我: ${PLANTED.faqQuestion}`, { exact: true }).waitFor();
    await shows(shop.log, ...MARKDOWN_VISIBLE);
    // No image made it out of the answer (none had an https address); links are checked below.
    expect(await shop.log.getByRole('img').count()).toBe(0);

    const mine = hostile('widget');
    await shop.ask(mine);
    await shop.log.getByText(`我: ${mine}`, { exact: true }).waitFor();

    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    await shop.chat.getByRole('radio', { name: PLANTED.departmentZh, exact: true }).check();
    await shop.log.getByRole('button', { name: '转人工' }).click();
    const { id: conversationId } = await assigned;
    await shop.chat.getByRole('banner').getByText(`客服 ${AGENT.name}`, { exact: true }).waitFor();
    unwrap(
      await scene.agent.call('message.send', {
        conversationId,
        clientId: newClientId(),
        body: PLANTED.agentMessage,
      }),
    );
    await shows(shop.log, PLANTED.agentMessage);
    await inert(shop.page);
  }, 60_000);

  it('in the agent console: the chat, the visitor panel, quick replies and left messages', async () => {
    await trapped();
    const page = await signIn(AGENT);
    await page
      .getByRole('region', { name: '我的会话' })
      .getByRole('button', { name: new RegExp(scene.visitor) })
      .click();
    const chat = page.getByRole('region', { name: scene.visitor, exact: true });
    const log = chat.getByRole('log', { name: '会话记录' });
    await shows(log, PLANTED.visitorMessage, PLANTED.agentMessage, PLANTED.note);
    const panel = page.getByRole('complementary', { name: '访客信息' });
    const title = panel.getByRole('link', { name: PLANTED.pageTitle });
    expect(await title.getAttribute('href')).toBe('https://shop.example/orders/42');
    await shows(panel, PLANTED.referrer, PLANTED.summary);
    await shows(panel, PLANTED.identityName, PLANTED.identityAttribute, 'xss<1>');

    const reply = chat.getByRole('textbox', { name: '回复内容' });
    await reply.pressSequentially('/xss');
    const menu = chat.getByRole('listbox', { name: '快捷回复' });
    await shows(menu, PLANTED.quickReply);
    await inert(page);
    await reply.press('Escape');

    const left = await follow(page, '留言');
    await shows(left, PLANTED.leftName, PLANTED.leftBody);
    // The claimed page is a link to the address as a URL parser reads it: markup escaped.
    const claimed = left.getByRole('link', { name: /^shop\.example\/orders\// }).first();
    expect(await claimed.evaluate((a: HTMLAnchorElement) => a.href)).toBe(
      new URL(PLANTED.pageUrl).href,
    );
    await left.getByRole('tab', { name: '已处理' }).click();
    await shows(left, PLANTED.handledNote, AGENT.name);
    await inert(page);
  }, 60_000);

  it('in transcripts: the search highlights, the conversation and the downloaded HTML', async () => {
    await trapped();
    const page = await signIn(TEST_ADMIN);
    const desk = await follow(page, '会话记录');
    const search = desk.getByRole('searchbox', { name: '搜索会话内容' });
    await search.fill('onerror');
    await search.press('Enter');
    const row = desk.getByRole('row').filter({ hasText: PLANTED.tag });
    await expect.poll(() => row.locator('mark').allTextContents()).toContain('onerror');
    await shows(row, AGENT.name);
    await inert(page);

    await row.getByRole('link', { name: scene.visitor }).click();
    const view = desk.getByRole('region', { name: scene.visitor });
    const log = view.getByRole('log', { name: '会话记录' });
    await shows(log, PLANTED.visitorMessage, PLANTED.agentMessage);
    await shows(view, PLANTED.summary, PLANTED.ratingComment, PLANTED.tag);
    const visited = view.getByRole('link', { name: PLANTED.pageTitle });
    expect(await visited.evaluate((a: HTMLAnchorElement) => a.href)).toBe(
      new URL(PLANTED.pageUrl).href,
    );
    await inert(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      view.getByRole('link', { name: '下载 HTML' }).click(),
    ]);
    const file = await context.newPage();
    await file.setContent(await readFile(await download.path(), 'utf8'));
    await inert(file);
    await shows(file, PLANTED.visitorMessage, PLANTED.agentMessage, PLANTED.note);
    await shows(file, PLANTED.summary, PLANTED.ratingComment, PLANTED.pageUrl, AGENT.name);
    await shows(file, PLANTED.departmentZh, PLANTED.tag);
    await inert(file);
  }, 60_000);

  it('in the admin pages: quick replies, the knowledge base, gaps, agents and departments', async () => {
    await trapped();
    const page = await signIn(TEST_ADMIN);
    await shows(await follow(page, '快捷回复'), PLANTED.quickReply);
    await inert(page);

    const kb = await follow(page, '知识库');
    await shows(kb, PLANTED.faqCategory);
    await kb.getByRole('link', { name: PLANTED.faqQuestion }).click();
    const preview = kb.getByRole('region', { name: '预览（访客在对话窗口中看到的样子）' });
    await shows(preview, ...MARKDOWN_VISIBLE);
    expect(await preview.getByRole('img').count()).toBe(0);
    await inert(page);

    await kb.getByRole('link', { name: '知识缺口', exact: true }).click();
    await shows(kb, PLANTED.gapQuestion);
    await kb.getByRole('link', { name: '测试问题', exact: true }).click();
    await kb.getByLabel('访客的问题').fill(PLANTED.faqSimilar);
    await kb.getByLabel('访客的问题').press('Enter');
    await shows(kb.getByRole('table', { name: '最接近的五条' }), PLANTED.faqQuestion);
    await inert(page);

    await shows(await follow(page, '坐席'), AGENT.name, PLANTED.departmentZh);
    await shows(await follow(page, '部门'), PLANTED.departmentZh, PLANTED.departmentEn);
    await inert(page);
  }, 60_000);

  it('in work orders: the list, the ticket, every kind of timeline entry', async () => {
    const ref = await plantTicket(env.server.url, await signInOverRest(env.server.url), 'xss');
    await trapped();
    const page = await signIn(TEST_ADMIN);
    const desk = await follow(page, '工单');
    await shows(desk, TICKET.title);
    await inert(page);

    await desk.getByRole('link', { name: ref }).click();
    await shows(desk, TICKET.description, TICKET.customerName, TICKET.customerContact);
    await shows(desk, TICKET.note, TICKET.reply, TICKET.reason, TICKET.resolution);
    await shows(desk, TICKET.followUp, PLANTED.departmentZh);
    await inert(page);
  }, 60_000);

  it('in the monthly report: tables, charts, tooltips, comments and the printable page', async () => {
    await trapped();
    const page = await signIn(TEST_ADMIN);
    await page.goto(`${env.server.url}/console#report/2025-03`);
    const report = page.getByRole('region', { name: '月度咨询分析' });
    const comments = report.getByRole('region', { name: '访客评语（低分在前）' });
    await shows(comments, PLANTED.ratingComment, AGENT.name);
    await openDetails(report);
    await shows(report, PLANTED.departmentZh, PLANTED.faqQuestion, PLANTED.gapQuestion);
    // ECharts writes its tooltips as HTML: hover every chart so each one draws its tooltip.
    for (const chart of await report.getByRole('img').all()) await chart.hover();
    const questions = report.getByRole('img', {
      name: '图表：机器人最常回答的问题。数据见下方的数据表。',
    });
    await questions.hover();
    // The drawing shortens long names; the tooltip (HTML, not SVG) shows the whole question.
    await shows(questions, PLANTED.faqQuestion);
    await inert(page);

    await report.getByRole('link', { name: '打印版页面' }).click();
    await page.getByRole('heading', { level: 1, name: '月度咨询分析' }).waitFor();
    await inert(page);
    await shows(page, PLANTED.ratingComment, AGENT.name, PLANTED.departmentZh);
    await shows(page, PLANTED.faqQuestion, PLANTED.gapQuestion);
    await inert(page);
  }, 60_000);

  it('the trap itself catches a payload that does run', async () => {
    await trapped();
    const page = await context.newPage();
    await page.setContent(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">${hostile('canary')}`,
    );
    // The script element, the image's onerror and the SVG's onload.
    const ran = ['ran: canary1', 'ran: canary2', 'ran: canary3'];
    await expect.poll(() => trap.hits).toEqual(expect.arrayContaining(ran));
    expect(await injectedMarkup(page)).not.toEqual([]);
  });
});
