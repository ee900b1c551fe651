import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Rating } from '../../protocol/index.ts';
import { XLSX_LABELS } from '../../server/services/reports/xlsx-labels.ts';
import type { ConsoleTab } from '../helpers/agent-client.ts';
import { addAgent } from '../helpers/console-api.ts';
import { agentAtDesk, heldBy, visitorAsking } from '../helpers/desk.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { newClientId, newVisitor, unwrap } from '../helpers/visitor-client.ts';
import { useDemoShopServer } from './setup.ts';

const env = useDemoShopServer();
const contexts: BrowserContext[] = [];
const open: { close(): void }[] = [];
let downloads = '';

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  for (const tab of open.splice(0)) tab.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** A person handed over, answered after `wait` ms, closed as `type`, rated by the visitor. */
async function servedChat(
  agent: ConsoleTab,
  wait: number,
  type: 'consultation' | 'complaint',
  score: Rating,
  comment: string,
): Promise<void> {
  const { tab, conversationId } = await visitorAsking(env.server, 'Where is my parcel?');
  open.push(tab);
  await heldBy(env.server, conversationId, 'ann');
  env.server.clock.advance(wait);
  unwrap(
    await agent.call('message.send', { conversationId, clientId: newClientId(), body: 'Hello!' }),
  );
  unwrap(
    await agent.call('conversation.close', {
      conversationId,
      type,
      departmentId: 'general',
      tags: [],
      summary: '',
    }),
  );
  unwrap(
    await tab.socket.timeout(5_000).emitWithAck('rating.send', { conversationId, score, comment }),
  );
}

/**
 * March 2025 on the test server's clock, through the real paths: two visitors the bot
 * answered, two handed to Ann (one answered within 20 s, one not), one rating unhappy; the
 * complaint is taken down as a work order (工单) as it closes.
 */
beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'kefu-report-'));
  for (const question of ['怎么申请退货？', '下单后多久发货？']) {
    const { tab } = await newVisitor(env.server.url, 'zh-CN');
    open.push(tab);
    await tab.send(question);
  }
  const agent = await agentAtDesk(env.server, { id: 'ann', name: 'Ann' });
  open.push(agent);
  await servedChat(agent, 8_000, 'consultation', 5, 'Quick and kind');
  await servedChat(agent, 45_000, 'complaint', 1, '<b>等了太久</b>');
});

async function signIn(account: { email: string; password: string }): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${env.server.url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(account.email);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  return page;
}

/** The headline card of a figure: its label, value and change against the month before. */
const card = (within: Locator, label: string) =>
  within.getByRole('listitem').filter({ has: within.page().getByText(label, { exact: true }) });

describe('console monthly report', () => {
  it('shows an admin the month in figures and charts, other months, and both exports', async () => {
    const page = await signIn(TEST_ADMIN);
    await page.getByRole('link', { name: '月度分析', exact: true }).click();
    const report = page.getByRole('region', { name: '月度咨询分析' });
    await report.getByRole('heading', { level: 1, name: '月度咨询分析' }).waitFor();

    await report.getByLabel('月份', { exact: true }).fill('2025-03');
    await report.getByText('2025 年 3 月', { exact: true }).first().waitFor();
    await expect.poll(() => card(report, '会话').textContent()).toContain('4');
    expect(await card(report, '转人工率').textContent()).toContain('50%');
    expect(await card(report, '满意率（4–5 星）').textContent()).toContain('50%');
    expect(await card(report, '20 秒内接起率').textContent()).toContain('目标 95%');
    // February was empty: the change says so in words, not only by colour.
    expect(await card(report, '会话').textContent()).toContain('上期为 0');

    for (const name of ['每日会话', '会话开始时间（星期 × 小时）', '评分分布']) {
      const chart = report.getByRole('img', { name: `图表：${name}。数据见下方的数据表。` });
      await expect.poll(() => chart.locator('svg').count()).toBe(1);
    }
    const pickUp = report.getByRole('figure', { name: '20 秒内接起率（按部门和坐席）' });
    await pickUp.getByText('数据表', { exact: true }).click();
    const row = pickUp.getByRole('row', { name: /坐席 · Ann/ });
    expect(await row.getByRole('cell').textContent()).toBe('50%');

    const comments = report.getByRole('region', { name: '访客评语（低分在前）' });
    const items = comments.getByRole('listitem');
    expect(await items.first().textContent()).toContain('<b>等了太久</b>');
    expect(await items.first().textContent()).toContain('1 星');
    expect(await items.nth(1).textContent()).toContain('Quick and kind');

    const tickets = report.getByRole('region', { name: '工单', exact: true });
    const figures = tickets.getByRole('table', { name: '工单指标与上期对比' });
    const created = figures.getByRole('row', { name: /^新建工单/ });
    expect(await created.getByRole('cell').allTextContents()).toEqual(['1', '0', '↑ 上期为 0']);
    const byType = tickets.getByRole('table', { name: '新建工单（部门 × 类型）' });
    const total = byType.getByRole('row', { name: /^合计/ });
    // Total, then 咨询 建议 意见 投诉 诉求.
    expect(await total.getByRole('cell').allTextContents()).toEqual(['1', '0', '0', '0', '1', '0']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByRole('link', { name: '下载 Excel 报表' }).click(),
    ]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(
      Object.values(XLSX_LABELS['zh-CN'].sheets),
    );

    await report.getByRole('button', { name: '上个月' }).click();
    await report.getByText('这个时段没有会话', { exact: true }).waitFor();
    expect(await report.getByRole('img').count()).toBe(0);
    expect(page.url()).toContain('#report/2025-02');
    await report.getByRole('button', { name: '下个月' }).click();
    await expect.poll(() => card(report, '会话').textContent()).toContain('4');

    await report.getByRole('link', { name: '打印版页面' }).click();
    await page.getByRole('heading', { level: 1, name: '月度咨询分析' }).waitFor();
    const daily = page.getByRole('img', { name: '图表：每日会话。数据见下方的数据表。' });
    expect(await daily.locator('svg').count()).toBe(1);
    expect(await page.locator('svg').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByText('<b>等了太久</b>').count()).toBe(1);
  }, 60_000);

  it('offers an ordinary agent no report, not even by its address', async () => {
    const agent = { id: 'bo', name: 'Bo', email: 'bo@kefu.local', password: 'bo-password' };
    await addAgent(env.server, agent);
    const page = await signIn(agent);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '会话', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: '月度分析' }).count()).toBe(0);

    await page.goto(`${env.server.url}/console#report/2025-03`);
    await nav.getByRole('link', { name: '会话', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: '月度咨询分析' }).count()).toBe(0);
    const res = await page.request.get(`${env.server.url}/api/reports?month=2025-03`);
    expect(res.status()).toBe(403);
  });
});
