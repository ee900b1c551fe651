import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PDF, PNG } from '../helpers/attachments.ts';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer();

async function signIn(page: Page): Promise<void> {
  await page.goto(`${env.server.url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(TEST_ADMIN.email);
  await page.getByLabel('密码', { exact: true }).fill(TEST_ADMIN.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
}

async function signInAway(page: Page): Promise<void> {
  await signIn(page);
  const status = page.getByRole('group', { name: '接待状态' });
  await expect.poll(() => status.getByRole('radio', { name: '在线' }).isChecked()).toBe(true);
  await status.getByRole('radio', { name: '离开' }).check();
  await expect.poll(() => status.getByRole('radio', { name: '离开' }).isChecked()).toBe(true);
}

/** Drawn, not just present: the browser decoded the bytes it was given. */
async function decoded(img: Locator): Promise<void> {
  await img.waitFor();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1);
}

describe('files in a chat', () => {
  it('a visitor sends a picture, the agent sees it and answers with a file to download', async () => {
    await onlineElsewhere(env.server);
    const agentPage = await (await env.browser.newContext({ locale: 'zh-CN' })).newPage();
    await signInAway(agentPage);
    const shop = await DemoShop.open(
      await env.browser.newContext({ locale: 'zh-CN' }),
      env.server.url,
    );
    await shop.openChat();
    await shop.ask('杯子碎了');
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    await agentPage
      .getByRole('region', { name: '排队中' })
      .getByRole('button', { name: /^接入 访客/ })
      .click();
    await shop.sees('客服 Admin 为您服务。');

    // The visitor picks a picture with the paperclip and sees it in the chat.
    const chooser = shop.page.waitForEvent('filechooser');
    await shop.chat.getByRole('button', { name: '添加附件' }).click();
    await (await chooser).setFiles({ name: 'cup.png', mimeType: 'image/png', buffer: PNG });
    await decoded(shop.log.getByRole('img', { name: 'cup.png' }));

    // The agent sees it in the conversation, and answers with a PDF.
    const chat = agentPage.getByRole('region', { name: /^访客 / });
    await decoded(
      chat.getByRole('log', { name: '会话记录' }).getByRole('img', { name: 'cup.png' }),
    );
    const agentChooser = agentPage.waitForEvent('filechooser');
    await chat.getByRole('button', { name: /添加附件/ }).click();
    await (
      await agentChooser
    ).setFiles({
      name: '退货单.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await chat.getByRole('link', { name: '下载 退货单.pdf' }).waitFor();

    // The visitor gets it as a card that downloads the file.
    const card = shop.chat.getByRole('button', { name: '下载 退货单.pdf' });
    await card.waitFor();
    const download = shop.page.waitForEvent('download');
    await card.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('退货单.pdf');
    expect(await readFile(await file.path())).toEqual(PDF);
  });

  it('tells the visitor when a file is refused, with the limit', async () => {
    const shop = await DemoShop.open(
      await env.browser.newContext({ locale: 'en' }),
      env.server.url,
      'en',
    );
    await shop.openChat();
    await shop.ask('Here is my invoice');
    const chooser = shop.page.waitForEvent('filechooser');
    await shop.chat.getByRole('button', { name: 'Attach a file' }).click();
    // A picture that calls itself a PDF: the server reads the bytes and refuses it.
    await (
      await chooser
    ).setFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: PNG });
    await shop.chat
      .getByRole('alert')
      .filter({ hasText: 'invoice.pdf cannot be sent: this type of file is not allowed.' })
      .waitFor();
    const big = shop.page.waitForEvent('filechooser');
    await shop.chat.getByRole('button', { name: 'Attach a file' }).click();
    await (
      await big
    ).setFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([PDF, Buffer.alloc(10_000_001)]),
    });
    await shop.chat
      .getByRole('alert')
      .filter({ hasText: 'scan.pdf is too large: files can be up to 10 MB.' })
      .waitFor();
  });

  it('the admin sets the largest file and the types allowed on the 挂件 page', async () => {
    const page = await (await env.browser.newContext({ locale: 'zh-CN' })).newPage();
    await signIn(page);
    await page.getByRole('link', { name: '挂件', exact: true }).click();
    const files = page.getByRole('region', { name: '附件', exact: true });
    const max = files.getByLabel('单个文件最大（MB，1–50）');
    await max.fill('0');
    await page.getByRole('button', { name: '保存挂件设置' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: '文件大小上限请填 1 到 50 之间的整数。' })
      .waitFor();
    expect(await max.getAttribute('aria-invalid')).toBe('true');

    await max.fill('2');
    await files.getByRole('checkbox', { name: '文本（TXT、CSV）' }).uncheck();
    await page.getByRole('button', { name: '保存挂件设置' }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('已保存。');
    const config = (await (await fetch(`${env.server.url}/api/widget/config`)).json()) as {
      attachments: unknown;
    };
    expect(config.attachments).toEqual({ maxMb: 2, kinds: ['image', 'pdf', 'office'] });
  });
});
