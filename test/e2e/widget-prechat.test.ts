import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IdentitySettings, WidgetSettingsView } from '../../protocol/index.ts';
import { visitorCode } from '../../server/presenters/conversation.ts';
import { ConsoleTab, signIn as apiSignIn } from '../helpers/agent-client.ts';
import { adminApi, expectJson } from '../helpers/admin-api.ts';
import { addAgent, addDepartment, onlineElsewhere } from '../helpers/console-api.ts';
import { formOn } from '../helpers/pre-chat.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop, isFocused } from './widget-page.ts';

const env = useDemoShopServer();
const BEA = {
  id: 'bea',
  name: '白雪',
  email: 'bea@kefu.local',
  password: 'bea-password',
  departments: ['billing'],
};

/** A shop on another site whose backend signs in 王芳, with her name and phone, as embed.md shows. */
let shopServer: Server;
let SHOP = '';

beforeAll(async () => {
  // Someone is online (in a department of their own), so asking for a person queues.
  await onlineElsewhere(env.server);
  await addDepartment(env.server, { id: 'billing', nameZh: '账务', nameEn: 'Billing' });
  await addAgent(env.server, BEA);
  const api = adminApi(env.server, await apiSignIn(env.server.url));
  const { secret } = await expectJson<IdentitySettings>(
    await api('GET', '/api/admin/widget/identity'),
    200,
  );
  const identity = {
    id: 'cust-7',
    name: '王芳',
    phone: '13800000000',
    signature: createHmac('sha256', secret).update('cust-7').digest('hex'),
  };
  shopServer = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Shop</title>
<script>
window.Kefu = window.Kefu || function () { (Kefu.q = Kefu.q || []).push(arguments); };
Kefu('identify', ${JSON.stringify(identity)});
</script>
<script src="${env.server.url}/widget.js" async data-lang="zh-CN"></script>`),
  );
  await new Promise<void>((resolve) => shopServer.listen(0, '127.0.0.1', resolve));
  SHOP = `http://localhost:${(shopServer.address() as AddressInfo).port}`;
});
afterAll(() => shopServer?.close());

/** Signs in through the console's form in a browser of its own, and waits to be online. */
async function consoleAs(account: { email: string; password: string }): Promise<Page> {
  const page = await (await env.browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(`${env.server.url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(account.email);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  const online = page.getByRole('group', { name: '状态' }).getByRole('radio', { name: '在线' });
  await expect.poll(() => online.isChecked()).toBe(true);
  return page;
}

const HANDOFF = '正在为您转接人工客服';

describe('the pre-chat form', () => {
  it('the admin switches it on; a visitor fills it in before the queue, once; the agent reads it', async () => {
    const admin = await consoleAs(TEST_ADMIN);
    await admin.getByRole('link', { name: '挂件', exact: true }).click();
    const section = admin.getByRole('region', { name: '访客信息表' });
    await section.getByLabel('转人工前请访客填写').check();
    await section.getByRole('button', { name: '添加姓名' }).click();
    await section.getByRole('button', { name: '添加手机号码' }).click();
    await section.getByRole('button', { name: '添加咨询部门' }).click();
    await section.getByRole('button', { name: '添加自定义问题' }).click();
    await section.getByLabel('问题（中文）').fill('订单号');
    await section.getByLabel('问题（英文）').fill('Order number');
    // Moved to the end and back by keyboard: the focus follows the row.
    await section.getByRole('button', { name: '下移咨询部门' }).click();
    const up = section.getByRole('button', { name: '上移咨询部门' });
    await expect.poll(() => isFocused(up)).toBe(true);
    await admin.keyboard.press('Enter');
    await expect.poll(() => isFocused(up)).toBe(true);
    expect(await section.getByRole('checkbox', { name: '姓名必填' }).isChecked()).toBe(true);
    expect(await section.getByRole('checkbox', { name: '手机号码必填' }).isChecked()).toBe(false);
    await admin.getByRole('button', { name: '保存挂件设置' }).click();
    await admin.getByRole('status').getByText('已保存。').waitFor();
    // The admin takes no chats: those of the default department wait in its queue.
    await admin.getByRole('group', { name: '状态' }).getByRole('radio', { name: '离开' }).check();
    const api = adminApi(env.server, await apiSignIn(env.server.url));
    const { settings } = await expectJson<WidgetSettingsView>(
      await api('GET', '/api/admin/widget'),
      200,
    );
    expect(settings.preChat.fields.map((f) => [f.key, f.required])).toEqual([
      ['name', true],
      ['phone', false],
      ['department', false],
      ['custom', false],
    ]);

    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    const form = shop.chat.getByRole('form', { name: '请留下您的信息' });
    const name = form.getByLabel('姓名');
    expect(await isFocused(name)).toBe(true);
    await form.getByRole('button', { name: '转人工' }).click();
    await form.getByRole('alert').filter({ hasText: '请填写这一项。' }).waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(name)).toBe(true);

    await name.fill('李雷');
    await form.getByLabel('手机号码（选填）').fill('138 0000 1111');
    await form.getByLabel('订单号（选填）').fill('A-1001');
    await form.getByRole('radiogroup', { name: '请选择咨询部门' }).getByLabel('账务').check();
    await form.getByRole('button', { name: '转人工' }).click();
    await shop.sees(HANDOFF);
    await form.waitFor({ state: 'detached' });
    // Queued in 账务, where nobody is online yet.
    const conversation = await vi.waitFor(async () => {
      const [queued] = await env.server.store.conversations.listQueued(['billing']);
      if (!queued) throw new Error('not queued in billing yet');
      return queued;
    });

    // 白雪 of 账务 comes online: the chat is hers, with what the visitor told us.
    const bea = await consoleAs(BEA);
    await bea
      .getByRole('region', { name: '我的会话' })
      .getByRole('button', { name: new RegExp(`访客 ${visitorCode(conversation.visitorId)}`) })
      .click();
    const panel = bea.getByRole('complementary', { name: '访客信息' });
    await panel.getByText('访客填写').waitFor();
    expect(await panel.getByText('未验证').count()).toBe(1);
    expect(await panel.getByText('李雷', { exact: true }).count()).toBe(1);
    expect(await panel.getByText('138 0000 1111', { exact: true }).count()).toBe(1);
    expect(await panel.getByText('订单号', { exact: true }).count()).toBe(1);
    expect(await panel.getByText('A-1001', { exact: true }).count()).toBe(1);

    // Closed; after a reload the visitor asks again and goes straight to the queue.
    const tab = await ConsoleTab.open(
      env.server.url,
      await apiSignIn(env.server.url, { email: BEA.email, password: BEA.password }),
    );
    const closed = await tab.call('conversation.close', {
      conversationId: conversation.id,
      type: 'consultation',
      departmentId: 'billing',
    });
    expect(closed.ok).toBe(true);
    tab.close();
    await shop.page.reload();
    await shop.openChat();
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    await expect.poll(() => shop.log.getByText(HANDOFF).count()).toBe(2);
    expect(await form.count()).toBe(0);
    await context.close();
    await admin.context().close();
    await bea.context().close();
  });

  it('comes up in the queue, without the department, when a handoff phrase asked for a person', async () => {
    await formOn(env.server, await apiSignIn(env.server.url));
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.ask('人工');
    const form = shop.log.getByRole('form', { name: '请留下您的信息' });
    await form.getByLabel('姓名').fill('韩梅梅');
    expect(await form.getByRole('radiogroup').count()).toBe(0);
    await form.getByRole('button', { name: '提交' }).click();
    await shop.sees('已收到您的信息，客服接入后即可看到。');
    await context.close();
  });

  it('is not asked of a verified customer the site already told us about', async () => {
    // The form asks for a name and a phone number, which the shop's identify gives.
    await formOn(env.server, await apiSignIn(env.server.url));
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${SHOP}/`);
    const shop = new DemoShop(page, 'zh-CN');
    await shop.openChat();
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    await shop.sees(HANDOFF);
    expect(await shop.chat.getByRole('form', { name: '请留下您的信息' }).count()).toBe(0);
    await context.close();
  });
});
