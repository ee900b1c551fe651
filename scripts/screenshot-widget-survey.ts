import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Survey } from '../protocol/index.ts';
import { adminCookie, shopChat } from './screenshot-session.ts';

/** A short survey placed on the demo shop's front page. */
const SURVEY = {
  title: '购物体验小调查',
  intro: '三个问题，帮我们把小店做得更好。',
  questions: [
    { kind: 'rating', prompt: '您对本店的整体印象？', required: true },
    {
      kind: 'single',
      prompt: '您是怎么找到我们的？',
      options: ['朋友推荐', '搜索引擎', '社交媒体'],
    },
    { kind: 'text', prompt: '还有什么建议？' },
  ],
  placement: { pages: ['/'] },
};

/**
 * An online survey in the widget, for the docs: published through the admin's REST API, then
 * offered to a visitor on the demo shop, who starts it and picks some answers
 * (docs/widget-survey.png). Runs after the other widget scenes, since it shows on the front page.
 */
export async function takeWidgetSurveyScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const cookie = await adminCookie(url, admin);
  const call = async (path: string, body: unknown): Promise<Survey> => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { survey: Survey }).survey;
  };
  const draft = await call('/api/admin/surveys', SURVEY);
  const opened = await call(`/api/admin/surveys/${draft.id}/status`, {
    status: 'open',
    version: draft.version,
  });

  const { page, chat } = await shopChat(browser, url);
  const invite = chat.getByRole('region', { name: `问卷调查：${SURVEY.title}` });
  await invite.getByRole('button', { name: '开始填写' }).click();
  // The first star has the focus: three presses of → give four.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await chat.getByRole('radio', { name: '朋友推荐' }).check();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(out, 'widget-survey.png') });
  await page.context().close();
  // Closed again, so the scenes after this one show the chat without its invitation.
  await call(`/api/admin/surveys/${opened.id}/status`, {
    status: 'closed',
    version: opened.version,
  });
  console.log('docs/widget-survey.png');
}
