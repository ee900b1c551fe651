import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../protocol/index.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { meisTicket, PEOPLE, startTicketDesk, type TicketDesk } from '../helpers/tickets.ts';
import { launchChromium } from './browser.ts';
import { DemoShop, isFocused } from './widget-page.ts';

let desk: TicketDesk;
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  desk = await startTicketDesk({ env: { KEFU_DEMO: 'true' } });
  browser = await launchChromium();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser.close();
  await desk.close();
});

type Who = 'mei' | 'li' | 'admin';
const account = (who: Who) => (who === 'admin' ? TEST_ADMIN : PEOPLE[who]);

/** Signs in through the console's form, in a browser of one's own. */
async function consoleOf(who: Who, lang: Language = 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ locale: lang });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${desk.server.url}/console`);
  const [email, password] = lang === 'en' ? ['E-mail', 'Password'] : ['邮箱', '密码'];
  await page.getByLabel(email, { exact: true }).fill(account(who).email);
  await page.getByLabel(password, { exact: true }).fill(account(who).password);
  await page.getByLabel(password, { exact: true }).press('Enter');
  await page.getByRole('navigation', { name: lang === 'en' ? 'Main' : '主导航' }).waitFor();
  return page;
}

async function follow(page: Page, link: string): Promise<Locator> {
  await page.getByRole('link', { name: link, exact: true }).click();
  const region = page.getByRole('region', { name: link, exact: true });
  await region.getByRole('heading', { level: 1, name: link }).waitFor();
  return region;
}

/** The timeline as its entries' texts, oldest first. */
function timeline(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: '处理记录' }).getByRole('listitem').allTextContents();
}

/** Presses Tab until `target` has focus: the keyboard alone gets there. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

describe('console work orders', () => {
  it('a left message becomes a complaint, is resolved by another department and followed up', async () => {
    // Nobody is online: the visitor leaves a message in the shop's chat window.
    const visitor = await browser.newContext({ locale: 'zh-CN' });
    contexts.push(visitor);
    const shop = await DemoShop.open(visitor, desk.server.url);
    await shop.openChat();
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    const form = shop.chat.getByRole('form', { name: '留言' });
    await form.getByLabel('姓名').fill('王女士');
    await form.getByLabel('手机或邮箱').fill('+86 138 0000 0000');
    await form.getByLabel('留言内容').fill('我买的杯子碎了，请尽快处理\n订单 7788');
    await form.getByRole('button', { name: '提交留言' }).click();
    await shop.sees('留言已收到，我们会尽快联系您。');
    await shop.page.close();
    const [stored] = await desk.server.store.leftMessages.list('open', 10);
    const messageId = stored?.id ?? '';
    const mei = await consoleOf('mei');
    const li = await consoleOf('li');

    // 留言 → 转为工单: the new ticket opens.
    const left = await follow(mei, '留言');
    await left
      .getByRole('row', { name: /王女士/ })
      .getByRole('button', { name: '转为工单' })
      .click();
    const make = left.getByRole('form', { name: '将 王女士 的留言转为工单' });
    await make.getByLabel('工单类型').selectOption({ label: '投诉' });
    await make.getByLabel('优先级').selectOption({ label: '高' });
    await make.getByRole('button', { name: '生成工单' }).click();
    const ticket = mei.getByRole('region', { name: 'GD-2025-00001 我买的杯子碎了，请尽快处理' });
    await ticket.waitFor();
    const facts = ticket.getByRole('region', { name: '工单信息' });
    await expect.poll(() => facts.textContent()).toContain('投诉');
    expect(await facts.textContent()).toContain('王女士');
    expect(await facts.textContent()).toContain('+86 138 0000 0000');
    expect(await facts.textContent()).toContain('来自访客留言');
    expect((await desk.server.store.leftMessages.get(messageId))?.handledNote).toBe(
      '工单 Ticket GD-2025-00001',
    );

    // Mei sends it to After-sales; Li, its contact, is told on whatever page she is.
    await ticket.getByRole('button', { name: '转交部门' }).click();
    const escalate = ticket.getByRole('form', { name: '转交部门：GD-2025-00001' });
    await escalate.getByLabel('转交给部门').selectOption({ label: '售后' });
    await escalate.getByRole('button', { name: '转交部门' }).click();
    await expect.poll(() => ticket.getByRole('status').first().textContent()).toBe('已转交部门');
    const told = li
      .getByRole('status')
      .filter({ hasText: '工单 GD-2025-00001 已转到您负责的部门' });
    await told.waitFor();
    await li.getByRole('link', { name: '查看工单' }).click();
    const atLi = li.getByRole('region', { name: 'GD-2025-00001 我买的杯子碎了，请尽快处理' });
    await atLi.getByText('等待部门处理').first().waitFor();

    // Li answers the customer, then resolves it.
    const comment = atLi.getByRole('form', { name: '备注与回复' });
    await comment.getByRole('radio', { name: '给客户的回复' }).check();
    await comment.getByLabel('内容', { exact: true }).fill('您好，新杯子已经寄出。');
    await comment.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => atLi.getByRole('status').first().textContent()).toBe('已记录回复');

    // Back on the shop, the launcher says a reply came; the chat shows it with the ticket's number.
    const again = await DemoShop.open(visitor, desk.server.url);
    await again.page.getByLabel('1 条未读消息').waitFor();
    await again.openChat();
    await again.sees('您好，新杯子已经寄出。');
    expect(await again.log.textContent()).toContain('工单回复 GD-2025-00001');
    await again.page.close();
    await atLi.getByRole('button', { name: '解决', exact: true }).click();
    const resolve = atLi.getByRole('form', { name: '解决：GD-2025-00001' });
    await resolve.getByLabel('解决方案').fill('补发新杯子，快递 SF123');
    await resolve.getByRole('button', { name: '解决', exact: true }).click();
    await expect.poll(() => atLi.getByRole('status').first().textContent()).toBe('已解决');

    // Mei still sees it waiting: her change names that version, is refused, and she reloads.
    await ticket.getByRole('button', { name: '修改优先级 / 截止时间' }).click();
    const edit = ticket.getByRole('form', { name: '修改优先级 / 截止时间：GD-2025-00001' });
    await edit.getByLabel('优先级').selectOption({ label: '紧急' });
    await edit.getByRole('button', { name: '修改优先级 / 截止时间' }).click();
    const refusal = edit.getByRole('alert').filter({ hasText: '工单已有变化' });
    await expect.poll(() => refusal.textContent()).toContain('Someone changed this ticket');
    await refusal.getByRole('button', { name: '重新加载' }).click();
    await ticket.getByText('已解决').first().waitFor();
    await edit.getByRole('button', { name: '取消' }).click();

    // A complaint closes only after its 回访.
    expect(await ticket.getByRole('button', { name: '关闭工单' }).count()).toBe(0);
    expect(await ticket.textContent()).toContain('此类工单须先记录回访才能关闭。');
    await ticket.getByRole('button', { name: '记录回访' }).click();
    const followUp = ticket.getByRole('form', { name: '记录回访：GD-2025-00001' });
    await followUp.getByRole('radio', { name: '电话' }).check();
    await followUp.getByLabel('回访结果').fill('客户已收到新杯子，很满意');
    await followUp.getByRole('radio', { name: '4 分（满意）' }).check();
    await followUp.getByRole('button', { name: '记录回访' }).click();
    await expect.poll(() => ticket.getByRole('status').first().textContent()).toBe('已记录回访');
    await ticket.getByRole('button', { name: '关闭工单' }).click();
    await expect.poll(() => ticket.getByRole('status').first().textContent()).toBe('工单已关闭');

    const steps = await timeline(mei);
    const expected = [
      ['创建工单（访客留言）', 'Mei', '类型：投诉；优先级：高；部门：综合咨询；负责人：Mei'],
      ['转交部门：综合咨询 → 售后', 'Mei', '状态：新建 → 等待部门处理'],
      ['给客户的回复', 'Li', '您好，新杯子已经寄出。'],
      ['解决', 'Li', '解决方案：补发新杯子，快递 SF123'],
      ['回访', 'Mei', '电话，满意度 4 分（满意）'],
      ['关闭工单', 'Mei', '状态：已回访 → 已关闭'],
    ];
    expect(steps).toHaveLength(expected.length);
    steps.forEach((text, i) => {
      for (const part of expected[i] ?? []) expect(text).toContain(part);
    });
    expect(steps[4]).toContain('客户已收到新杯子，很满意');

    // Back in the list, the filters find it among the closed tickets, not among the open ones.
    await ticket.getByRole('link', { name: '返回工单列表' }).click();
    const list = mei.getByRole('region', { name: '工单', exact: true });
    const status = list.getByLabel('状态', { exact: true });
    await status.selectOption({ label: '未结（新建、处理中、等待部门、已退回）' });
    await list.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => list.getByRole('status').textContent()).toBe('没有符合条件的工单。');
    await status.selectOption({ label: '已关闭' });
    await list.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => list.getByRole('status').textContent()).toBe('共 1 个工单');
    expect(mei.url()).toContain('#tickets/?status=closed');
    const row = list.getByRole('row', { name: /GD-2025-00001/ });
    expect(await row.textContent()).toContain('售后');
    expect(await row.textContent()).toContain('已关闭');
  });

  it('shows overdue tickets in words, and goes from the list to a step with the keyboard alone', async () => {
    const made = await meisTicket(desk, { title: '发票抬头错了', type: 'request' });
    // Requests are due in 5 days: a week later this one is overdue.
    desk.server.clock.advance(7 * 24 * 3_600_000);
    const mei = await consoleOf('mei');
    const list = await follow(mei, '工单');
    await list.getByLabel('到期情况').selectOption({ label: '已超时' });
    await list.getByRole('button', { name: '筛选' }).click();
    // The closed ticket of the test before is left out; this one says it is late in words.
    await expect.poll(() => list.getByRole('status').textContent()).toBe('共 1 个工单');
    expect(await list.getByRole('row').count()).toBe(2);
    const row = list.getByRole('row', { name: new RegExp(made.ticket.ref) });
    expect(await row.textContent()).toContain('已超时');

    const link = row.getByRole('link', { name: made.ticket.ref });
    await tabTo(mei, link);
    await mei.keyboard.press('Enter');
    const view = mei.getByRole('region', { name: `${made.ticket.ref} 发票抬头错了` });
    await expect.poll(() => isFocused(view.getByRole('heading', { level: 2 }))).toBe(true);
    const start = view.getByRole('button', { name: '开始处理' });
    await tabTo(mei, start);
    await mei.keyboard.press('Enter');
    const notice = view.getByRole('status').first();
    await expect.poll(() => notice.textContent()).toBe('已开始处理');
    expect(await isFocused(notice)).toBe(true);
    await mei.keyboard.press('Escape');
    await expect.poll(() => isFocused(link)).toBe(true);
    expect((await desk.server.store.tickets.get(made.ticket.id))?.status).toBe('in_progress');
  });
});
