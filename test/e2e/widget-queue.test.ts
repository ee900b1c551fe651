import { beforeAll, describe, expect, it } from 'vitest';
import type { DeskSettings } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { consoleRequest, onlineElsewhere } from '../helpers/console-api.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop, isFocused } from './widget-page.ts';

const env = useDemoShopServer();

/** The admin switches the department picker on; someone is online, but not for 综合咨询. */
beforeAll(async () => {
  const { url } = env.server;
  const admin = await signIn(url);
  const current = (await (
    await consoleRequest(url, 'GET', '/api/settings', admin)
  ).json()) as DeskSettings;
  const saved = await consoleRequest(url, 'PUT', '/api/settings', admin, {
    ...current,
    departmentPicker: true,
  });
  expect(saved.status).toBe(200);
  await onlineElsewhere(env.server);
});

describe('waiting for a person in the chat widget', () => {
  it('lets the visitor pick a department, then shows their place in line', async () => {
    const first = await DemoShop.open(
      await env.browser.newContext({ locale: 'zh-CN' }),
      env.server.url,
    );
    await first.openChat();
    await first.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    const picker = first.chat.getByRole('radiogroup', { name: '请选择咨询部门' });
    const general = picker.getByRole('radio', { name: '综合咨询' });
    await general.waitFor();
    expect(await picker.getByRole('radio').count()).toBe(2);
    expect(await general.isChecked()).toBe(true);
    expect(await isFocused(general)).toBe(true);
    await first.log.getByRole('button', { name: '转人工' }).click();

    await first.chat.getByRole('status').filter({ hasText: '下一位就是您' }).waitFor();
    expect(await first.chat.getByRole('button', { name: '转人工' }).count()).toBe(0);
    const queued = await env.server.store.conversations.listQueued(['general']);
    expect(queued).toHaveLength(1);

    // A second visitor, in English, picks by the keyboard and queues behind the first.
    const second = await DemoShop.open(
      await env.browser.newContext({ locale: 'en-US' }),
      env.server.url,
      'en',
    );
    await second.openChat();
    await second.chat.getByRole('banner').getByRole('button', { name: 'Talk to a person' }).click();
    const english = second.chat.getByRole('radiogroup', { name: 'Choose a department' });
    const preselected = english.getByRole('radio', { name: 'General enquiries' });
    await preselected.waitFor();
    expect(await isFocused(preselected)).toBe(true);
    await second.page.keyboard.press('Tab');
    expect(await isFocused(second.log.getByRole('button', { name: 'Talk to a person' }))).toBe(
      true,
    );
    await second.page.keyboard.press('Enter');
    await second.chat.getByRole('status').filter({ hasText: 'You are number 2 in line' }).waitFor();
    expect(await first.chat.getByRole('status').filter({ hasText: '下一位就是您' }).count()).toBe(
      1,
    );
    await first.page.context().close();
    await second.page.context().close();
  });
});
