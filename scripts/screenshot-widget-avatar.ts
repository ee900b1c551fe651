import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { AuthResult } from '../protocol/index.ts';
import { visitorWithAdmin } from './screenshot-handoff.ts';
import { adminCookie } from './screenshot-session.ts';

/** A stand-in profile photo, drawn by the browser: a face on a warm background. */
async function drawPhoto(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 96, height: 96 } });
  await page.setContent(
    `<body style="margin:0"><svg width="96" height="96" viewBox="0 0 96 96">
      <rect width="96" height="96" fill="#f4b183"/>
      <circle cx="48" cy="40" r="20" fill="#7a4b2a"/>
      <circle cx="48" cy="44" r="16" fill="#fde3c8"/>
      <path d="M16 96c4-20 16-28 32-28s28 8 32 28z" fill="#1f6feb"/>
    </svg></body>`,
  );
  const png = await page.screenshot({ type: 'png' });
  await page.close();
  return png;
}

/**
 * The agent's photo and the emoji picker, for the docs: the admin sets a photo, takes a
 * visitor's chat and answers; the visitor sees the photo beside the name in the header and
 * above the bubbles, and opens the emoji picker (docs/widget-avatar-emoji.png). The chat is
 * closed and the photo removed afterwards, so later scenes are as before.
 */
export async function takeWidgetAvatarScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const cookie = await adminCookie(url, admin);
  const me = (await (
    await fetch(`${url}/api/auth/me`, { headers: { cookie } })
  ).json()) as AuthResult;
  const avatar = `${url}/api/agents/${me.agent.id}/avatar`;
  const put = await fetch(`${avatar}?name=me.png`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(await drawPhoto(browser)),
  });
  if (!put.ok) throw new Error(`setting the photo for the screenshot failed: ${put.status}`);

  const { page, chat, say, end } = await visitorWithAdmin(browser, url, cookie);
  await say('您好，我是客服，很高兴为您服务！');
  await chat.getByText('您好，我是客服，很高兴为您服务！').waitFor();
  await chat.getByLabel('输入消息').fill('好的，谢谢');
  await chat.getByRole('button', { name: '表情' }).click();
  await chat.getByRole('group', { name: '表情' }).getByRole('button', { name: '微笑' }).waitFor();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(out, 'widget-avatar-emoji.png') });
  await end();
  await fetch(avatar, {
    method: 'DELETE',
    headers: { cookie, 'content-type': 'application/json' },
  });
  console.log('docs/widget-avatar-emoji.png');
}
