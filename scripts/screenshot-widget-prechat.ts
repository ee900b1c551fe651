import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { WidgetSettingsView } from '../protocol/index.ts';
import type { PreChatSettingsInput } from '../protocol/schemas/pre-chat.ts';
import { adminCookie, shopChat, signInToConsole } from './screenshot-session.ts';

/** A short form, as the desks that wrote the seeds advise. */
const FORM: PreChatSettingsInput = {
  enabled: true,
  fields: [
    { key: 'name', required: true },
    { key: 'phone', required: false },
    { key: 'custom', label: { 'zh-CN': '订单号', en: 'Order number' }, required: false },
  ],
};

/**
 * The pre-chat form in the widget, for the docs: switched on through the admin's REST API, the
 * admin signed in to the console (so someone can answer), then a visitor on the demo shop asks
 * for a person and starts filling it in (docs/widget-prechat.png). The form is switched off
 * again afterwards, so the scenes that follow are as before.
 */
export async function takeWidgetPreChatScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const cookie = await adminCookie(url, admin);
  const current = (await (
    await fetch(`${url}/api/admin/widget`, { headers: { cookie } })
  ).json()) as WidgetSettingsView;
  const save = async (preChat: PreChatSettingsInput) => {
    const res = await fetch(`${url}/api/admin/widget`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ ...current.settings, preChat }),
    });
    if (!res.ok) throw new Error(`PUT /api/admin/widget: ${res.status} ${await res.text()}`);
  };
  await save(FORM);

  const agent = await browser.newContext({ locale: 'zh-CN' });
  const desk = await agent.newPage();
  await signInToConsole(desk, url, admin);
  await desk.getByRole('button', { name: '退出登录', exact: true }).waitFor();

  const { page, chat } = await shopChat(browser, url);
  await chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
  const form = chat.getByRole('form', { name: '请留下您的信息' });
  await form.getByLabel('姓名').fill('李雷');
  await form.getByLabel('手机号码（选填）').fill('138 0000 1111');
  await form.getByLabel('订单号（选填）').focus();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(out, 'widget-prechat.png') });
  await page.context().close();
  await agent.close();
  await save({ enabled: false, fields: [] });
  console.log('docs/widget-prechat.png');
}
