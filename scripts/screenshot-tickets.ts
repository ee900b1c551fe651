import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { TicketDetail } from '../protocol/index.ts';
import { adminCookie, consolePage } from './screenshot-session.ts';

const HOUR_MS = 3_600_000;

/** A console REST call with the admin's session, as the console itself makes it. */
function caller(url: string, cookie: string) {
  return async (method: string, path: string, body?: unknown): Promise<TicketDetail> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as TicketDetail;
  };
}

/**
 * The 工单 page for the docs: a handful of work orders in every state (one overdue, one due
 * soon, one with the department), then the list (docs/console-tickets.png) and a complaint's
 * history (docs/console-ticket.png).
 */
export async function takeTicketsScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const cookie = await adminCookie(url, admin);
  const call = caller(url, cookie);
  await fetch(`${url}/api/admin/departments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ id: 'after-sales', nameZh: '售后服务', nameEn: 'After-sales' }),
  });
  const make = (fields: Record<string, unknown>) =>
    call('POST', '/api/tickets', { departmentId: 'general', ...fields });
  const step = (t: TicketDetail, body: Record<string, unknown>) =>
    call('POST', `/api/tickets/${t.ticket.id}/status`, { version: t.ticket.version, ...body });
  const due = (t: TicketDetail, hours: number) =>
    call('PUT', `/api/tickets/${t.ticket.id}`, {
      version: t.ticket.version,
      priority: t.ticket.priority,
      dueAt: new Date(Date.now() + hours * HOUR_MS).toISOString(),
    });

  await make({ type: 'suggestion', priority: 'low', ownerId: null, title: '希望增加夜间客服' });
  const question = await make({ type: 'consultation', title: '以旧换新活动的折价规则' });
  await step(await step(question, { action: 'start' }), {
    action: 'resolve',
    resolution: '已电话说明折价规则',
  });
  await due(
    await make({ type: 'request', title: '开具增值税专用发票', customerName: '李先生' }),
    5,
  );
  await due(
    await make({
      type: 'complaint',
      priority: 'urgent',
      title: '快递员态度恶劣，包裹被扔在门口',
      customerName: '赵女士',
      customerContact: '13900139000',
    }),
    -3,
  );
  let cup = await make({
    type: 'complaint',
    priority: 'high',
    title: '收到的杯子碎了',
    description: '收到的杯子碎了\n订单 20261120-0815，希望补发',
    customerName: '王女士',
    customerContact: '+86 138 0000 0000',
  });
  const id = cup.ticket.id;
  cup = await step(cup, { action: 'start' });
  await call('POST', `/api/tickets/${id}/notes`, { body: '已核实订单，快递签收时外箱破损' });
  cup = await step(cup, { action: 'escalate', departmentId: 'after-sales' });
  await call('POST', `/api/tickets/${id}/replies`, {
    body: '您好，已为您安排补发，新杯子明天发出。',
    public: true,
  });
  await step(cup, { action: 'resolve', resolution: '补发新杯子，顺丰 SF1234567890' });

  const page = await consolePage(browser, url, admin);
  await page.getByRole('link', { name: '工单', exact: true }).click();
  await page.getByRole('row', { name: /收到的杯子碎了/ }).waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-tickets.png') });
  console.log('docs/console-tickets.png');

  await page.getByRole('link', { name: cup.ticket.ref, exact: true }).click();
  await page.getByRole('region', { name: '处理记录' }).getByText('补发新杯子').waitFor();
  await page.getByRole('button', { name: '记录回访' }).click();
  // Taller, so the whole history fits beside the follow-up form.
  await page.setViewportSize({ width: 1440, height: 1240 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-ticket.png') });
  console.log('docs/console-ticket.png');
  await page.context().close();
}
