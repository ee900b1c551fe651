import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../protocol/index.ts';
import { leftMessageSendSchema } from '../../protocol/schemas/visitor.ts';
import { leaveMessage } from '../../server/services/desk/left-messages.ts';
import { signIn } from '../helpers/agent-client.ts';
import { addAgent, consoleRequest } from '../helpers/console-api.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { createSession } from '../helpers/visitor-client.ts';
import { useDemoShopServer } from './setup.ts';

const env = useDemoShopServer();
let context: BrowserContext;
afterEach(async () => {
  await context.close();
});

/** An ordinary agent: left messages are every agent's work, not only the admin's. */
const MEI = { id: 'agent-mei', name: 'Mei Lin', email: 'mei@shop.example', password: 'mei-pass-1' };
beforeAll(() => addAgent(env.server, MEI));

/** A visitor's leave-a-message form, stored the way the visitor socket stores it. */
async function leave(name: string, body: string): Promise<string> {
  const { visitorId } = await createSession(env.server.url, 'zh-CN');
  const input = leftMessageSendSchema.parse({
    clientId: `form-${visitorId}`,
    name,
    contact: '13800138000',
    body,
    page: { url: 'https://shop.example/orders/1234' },
  });
  const deps = { store: env.server.store, clock: env.server.clock };
  return (await leaveMessage(deps, { visitorId, lang: 'zh-CN' }, input)).id;
}

/**
 * Signs in through the console's form and follows the navigation link to one page; returns
 * the page's region (named by its heading), so other parts of the console never get in the way.
 */
async function openConsolePage(
  lang: Language,
  account: { email: string; password: string },
  link: string,
): Promise<{ page: Page; desk: Locator }> {
  context = await env.browser.newContext({ locale: lang });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/console`);
  const [email, password] = lang === 'en' ? ['E-mail', 'Password'] : ['邮箱', '密码'];
  await page.getByLabel(email, { exact: true }).fill(account.email);
  await page.getByLabel(password, { exact: true }).fill(account.password);
  await page.getByLabel(password, { exact: true }).press('Enter');
  return { page, desk: await follow(page, link) };
}

/** After a reload too: whether the console keeps the page in its address is not assumed. */
async function follow(page: Page, link: string): Promise<Locator> {
  await page.getByRole('link', { name: link, exact: true }).click();
  const desk = page.getByRole('region', { name: link, exact: true });
  await desk.getByRole('heading', { level: 1, name: link }).waitFor();
  return desk;
}

describe('console left messages', () => {
  it('an agent marks a message handled with a note, and it moves to the handled list', async () => {
    await leave('王先生', '订单 1234 还没发货，请尽快联系我。');
    const { page, desk } = await openConsolePage('zh-CN', MEI, '留言');

    const row = desk.getByRole('row', { name: /王先生/ });
    await expect.poll(() => row.textContent()).toContain('订单 1234 还没发货');
    expect(await row.getByRole('link', { name: 'shop.example/orders/1234' }).count()).toBe(1);
    await row.getByRole('button', { name: '标记已处理' }).click();

    const form = desk.getByRole('form', { name: '处理 王先生 的留言' });
    const note = form.getByLabel('是如何跟进的？（必填）');
    await form.getByRole('button', { name: '确认已处理' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('请写明是如何跟进的。');
    expect(await note.getAttribute('aria-invalid')).toBe('true');

    await note.fill('已电话回访，今天补发。');
    await note.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => desk.getByRole('status').textContent())
      .toBe('已标记为已处理，可在“已处理”中查看。');
    await expect.poll(() => desk.getByRole('row', { name: /王先生/ }).count()).toBe(0);

    await desk.getByRole('tab', { name: '未处理' }).focus();
    await page.keyboard.press('ArrowRight');
    const handledTab = desk.getByRole('tab', { name: '已处理' });
    await expect.poll(() => handledTab.getAttribute('aria-selected')).toBe('true');
    const handled = desk.getByRole('row', { name: /王先生/ });
    await expect.poll(() => handled.textContent()).toContain('已电话回访，今天补发。');
    expect(await handled.textContent()).toContain('Mei Lin');
  });

  it('says so and refreshes when a colleague handled the message first', async () => {
    const id = await leave('李女士', '想咨询一下批量采购的价格。');
    const { desk } = await openConsolePage('zh-CN', MEI, '留言');

    const row = desk.getByRole('row', { name: /李女士/ });
    await row.getByRole('button', { name: '标记已处理' }).click();
    const form = desk.getByRole('form', { name: '处理 李女士 的留言' });
    await form.getByLabel('是如何跟进的？（必填）').fill('已发报价单');

    const admin = await signIn(env.server.url);
    const path = `/api/left-messages/${id}/handle`;
    const first = await consoleRequest(env.server.url, 'POST', path, admin, { note: '已回电' });
    expect(first.status).toBe(200);

    await form.getByRole('button', { name: '确认已处理' }).click();
    await expect
      .poll(() => desk.getByRole('alert').filter({ hasText: '已由其他同事处理' }).count())
      .toBe(1);
    await expect.poll(() => row.count()).toBe(0);
  });
});

describe('console quick replies', () => {
  it('an admin adds a quick reply, sees a bad shortcut refused, and finds it listed', async () => {
    const { page, desk } = await openConsolePage('en', TEST_ADMIN, 'Quick replies');
    const form = desk.getByRole('form', { name: 'Add a quick reply' });
    const shortcut = form.getByLabel('Shortcut');
    const reply = form.getByLabel('Reply');

    await shortcut.fill('refund policy');
    await reply.fill('Refunds reach your account within 3 working days.');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('A shortcut is 1–30 letters, digits, _ or -.');
    expect(await shortcut.getAttribute('aria-invalid')).toBe('true');
    expect(await reply.inputValue()).toBe('Refunds reach your account within 3 working days.');

    await form.getByLabel('Language').selectOption({ label: 'English' });
    await shortcut.fill('/refund');
    await form.getByLabel('Order').fill('2');
    await shortcut.press('Enter');
    await expect.poll(() => desk.getByRole('status').textContent()).toBe('Added /refund');

    await page.reload();
    await follow(page, 'Quick replies');
    const english = page.getByRole('region', { name: 'English', exact: true });
    const item = english.getByRole('listitem').filter({ hasText: '/refund' });
    await expect
      .poll(() => item.textContent())
      .toContain('Refunds reach your account within 3 working days.');
    expect(await item.textContent()).toContain('Order: 2');
    expect(await item.getByRole('button', { name: 'Edit /refund' }).count()).toBe(1);
  });
});

describe('console settings', () => {
  it('an admin switches business hours on with a holiday and saves; a reload shows it', async () => {
    const { page, desk } = await openConsolePage('zh-CN', TEST_ADMIN, '设置');
    const hours = desk.getByRole('switch', { name: '启用营业时间' });
    const picker = desk.getByRole('switch', { name: '转人工时让访客选择部门' });
    const zone = desk.getByLabel('时区', { exact: true });
    const saturday = desk.getByRole('group', { name: '周六', exact: true });
    expect(await hours.isChecked()).toBe(false);

    await hours.focus();
    await page.keyboard.press('Space');
    expect(await hours.isChecked()).toBe(true);
    await zone.selectOption('Asia/Hong_Kong');
    await saturday.getByRole('checkbox', { name: '休息' }).uncheck();
    await saturday.getByLabel('开门').fill('10:00');
    await saturday.getByLabel('关门').fill('16:00');
    const holiday = desk.getByLabel('节假日日期');
    await holiday.fill('2025-10-01');
    await holiday.press('Enter');
    await picker.check();
    const pickUp = desk.getByLabel('及时接起时限（秒）');
    const satisfied = desk.getByLabel('满意率目标（%）');
    expect(await satisfied.inputValue()).toBe('90');
    await pickUp.fill('30');
    await satisfied.fill('85');
    await desk.getByRole('button', { name: '保存设置' }).click();
    await expect.poll(() => desk.getByRole('status').textContent()).toBe('已保存');

    await page.reload();
    await follow(page, '设置');
    await expect.poll(() => hours.isChecked()).toBe(true);
    expect(await zone.inputValue()).toBe('Asia/Hong_Kong');
    expect(await saturday.getByRole('checkbox', { name: '休息' }).isChecked()).toBe(false);
    expect(await saturday.getByLabel('开门').inputValue()).toBe('10:00');
    expect(await saturday.getByLabel('关门').inputValue()).toBe('16:00');
    expect(await desk.getByRole('button', { name: '删除 2025-10-01' }).count()).toBe(1);
    expect(await picker.isChecked()).toBe(true);
    expect(await pickUp.inputValue()).toBe('30');
    expect(await satisfied.inputValue()).toBe('85');
  });
});
