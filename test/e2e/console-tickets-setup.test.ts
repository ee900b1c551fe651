import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskSettings, Language, TicketContacts } from '../../protocol/index.ts';
import { visitorCode } from '../../server/presenters/conversation.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { ok, startTicketDesk, type TicketDesk } from '../helpers/tickets.ts';
import { newVisitor, unwrap } from '../helpers/visitor-client.ts';
import { launchChromium } from './browser.ts';

let desk: TicketDesk;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  desk = await startTicketDesk();
  browser = await launchChromium();
});
afterEach(async () => {
  await context.close();
});
afterAll(async () => {
  await browser.close();
  await desk.close();
});

async function adminConsole(lang: Language): Promise<Page> {
  context = await browser.newContext({ locale: lang });
  const page = await context.newPage();
  await page.goto(`${desk.server.url}/console`);
  const [email, password] = lang === 'en' ? ['E-mail', 'Password'] : ['邮箱', '密码'];
  await page.getByLabel(email, { exact: true }).fill(TEST_ADMIN.email);
  await page.getByLabel(password, { exact: true }).fill(TEST_ADMIN.password);
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

describe('work order settings', () => {
  it('an admin sets deadlines, follow-up per type and a department’s contacts', async () => {
    const page = await adminConsole('en');
    const settings = await follow(page, 'Settings');
    const deadlines = settings.getByRole('region', { name: 'Ticket deadlines' });
    const complaint = deadlines.getByRole('spinbutton', { name: 'Complaint Deadline (hours)' });
    const suggestionFollowUp = deadlines.getByRole('checkbox', {
      name: 'Suggestion Follow-up required before closing',
    });
    expect(await complaint.inputValue()).toBe('72');
    expect(await suggestionFollowUp.isChecked()).toBe(false);

    await complaint.fill('0');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(() => deadlines.textContent())
      .toContain('Deadlines are whole hours from 1 to 8760');
    expect(await complaint.getAttribute('aria-invalid')).toBe('true');

    await complaint.fill('48');
    await suggestionFollowUp.check();
    await deadlines.getByLabel('Warn this many hours before').fill('12');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => settings.getByRole('status').textContent()).toBe('Saved');
    const saved = await ok<DeskSettings>(desk, 'admin', 'GET', '/api/settings');
    expect(saved.tickets).toMatchObject({
      deadlineHours: { complaint: 48, request: 120 },
      followUpRequired: { complaint: true, suggestion: true, opinion: false },
      dueSoonHours: 12,
    });

    const departments = await follow(page, 'Departments');
    const row = departments.getByRole('row', { name: /after-sales/ });
    await expect.poll(() => row.textContent()).toContain('Li');
    await row.getByRole('button', { name: 'Set contacts After-sales' }).click();
    const form = departments.getByRole('form', { name: 'Ticket contacts of After-sales' });
    expect(await form.getByRole('checkbox', { name: 'Li' }).isChecked()).toBe(true);
    await form.getByRole('checkbox', { name: 'Sam' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => departments.getByRole('status').textContent())
      .toBe('Saved the ticket contacts of After-sales');
    await expect.poll(() => row.textContent()).toContain('Li, Sam');
    const contacts = await ok<TicketContacts>(desk, 'admin', 'GET', '/api/admin/ticket-contacts');
    expect(contacts.contacts).toContainEqual({
      departmentId: 'after-sales',
      agentIds: ['li', 'sam'],
    });
  });
});

describe('a chat closed for follow-up', () => {
  it('becomes a ticket whose link opens the chat’s transcript', async () => {
    const page = await adminConsole('zh-CN');
    const online = page
      .getByRole('group', { name: '接待状态' })
      .getByRole('radio', { name: '在线' });
    await expect.poll(() => online.isChecked()).toBe(true);
    const { session, tab } = await newVisitor(desk.server.url, 'zh-CN');
    await tab.send('能不能支持货到付款？');
    unwrap(await tab.requestHandoff());
    const visitor = `访客 ${visitorCode(session.visitorId)}`;

    await page
      .getByRole('region', { name: '我的会话' })
      .getByRole('button', { name: new RegExp(visitor) })
      .click();
    const chat = page.getByRole('region', { name: visitor });
    await chat.getByRole('button', { name: '结束会话' }).click();
    const dialog = page.getByRole('dialog', { name: '结束会话' });
    await dialog.getByRole('radio', { name: '建议' }).check();
    await dialog.getByRole('textbox', { name: '一句话小结' }).fill('希望支持货到付款');
    await dialog.getByRole('checkbox', { name: '需要跟进（生成工单）' }).check();
    await dialog.getByLabel('优先级').selectOption({ label: '紧急' });
    await dialog.getByRole('button', { name: '结束会话' }).click();
    await dialog.waitFor({ state: 'detached' });
    tab.close();

    const tickets = await follow(page, '工单');
    const row = tickets.getByRole('row', { name: /希望支持货到付款/ });
    await expect.poll(() => row.textContent()).toContain('紧急');
    expect(await row.textContent()).toContain('建议');
    await row.getByRole('link', { name: /^GD-/ }).click();
    await page.getByRole('link', { name: '查看会话记录' }).click();
    const transcript = page.getByRole('region', { name: '会话记录', exact: true });
    await transcript.getByRole('heading', { level: 2, name: visitor }).waitFor();
    await transcript.getByRole('log').getByText('能不能支持货到付款').waitFor();
  });
});
