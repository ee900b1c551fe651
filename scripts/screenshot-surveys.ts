import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Survey, SurveyAnswer, VisitorSession } from '../protocol/index.ts';
import { adminCookie, consolePage } from './screenshot-session.ts';

const SURVEY = {
  title: '售后服务满意度调查',
  intro: '感谢您选购本店商品。花一分钟告诉我们这次的体验，我们会认真改进。',
  questions: [
    { kind: 'rating', prompt: '您对这次售后服务满意吗？', required: true, options: [] },
    {
      kind: 'single',
      prompt: '您的问题解决了吗？',
      required: true,
      options: ['已解决', '部分解决', '没有解决'],
    },
    {
      kind: 'multiple',
      prompt: '哪些方面还需要改进？',
      required: false,
      options: ['回复速度', '物流', '包装', '退换货流程'],
    },
    { kind: 'text', prompt: '还有什么想对我们说的？', required: false, options: [] },
  ],
  placement: { afterChat: true, pages: ['/checkout*', '/orders/*'], link: true },
};

/** A draft being built, for the builder's picture: its questions are still editable. */
const DRAFT = {
  title: '新品试用反馈',
  intro: '您试用的保温杯怎么样？',
  questions: [
    { kind: 'rating', prompt: '保温效果打几分？', required: true, options: [] },
    {
      kind: 'single',
      prompt: '您会推荐给朋友吗？',
      required: false,
      options: ['会', '不一定', '不会'],
    },
    { kind: 'text', prompt: '其他建议', required: false, options: [] },
  ],
  placement: { afterChat: false, pages: ['/products/cup*'], link: true },
};

/** Twenty visitors' answers, varied but the same on every run. */
const STARS = [5, 4, 5, 3, 4, 5, 5, 2, 4, 5, 4, 5, 3, 5, 4, 4, 5, 1, 4, 5] as const;
const TEXTS = [
  '客服很耐心，退货很快就办好了。',
  '希望周末也能有人工客服。',
  '快递包装有点简陋，杯子差点碎了。',
  '整体不错，下次还会来买。',
];

/**
 * The 问卷 pages for the docs: a published survey of all four kinds, answered by twenty
 * visitors through the real REST route, then its results (docs/console-survey-results.png);
 * and a draft in the builder (docs/console-survey-builder.png).
 */
export async function takeSurveysScene(
  browser: Browser,
  url: string,
  admin: { email: string; password: string },
  out: string,
): Promise<void> {
  const cookie = await adminCookie(url, admin);
  const call = async (method: string, path: string, body: unknown): Promise<Survey> => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { survey: Survey }).survey;
  };
  const draft = await call('POST', '/api/admin/surveys', SURVEY);
  const survey = await call('POST', `/api/admin/surveys/${draft.id}/status`, {
    status: 'open',
    version: draft.version,
  });
  await call('POST', '/api/admin/surveys', DRAFT);
  const [stars, solved, better, words] = survey.questions.map((q) => q.id);
  if (!stars || !solved || !better || !words) throw new Error('the survey lost a question');

  for (const [i, rating] of STARS.entries()) {
    const session = await fetch(`${url}/api/visitor/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lang: 'zh-CN' }),
    });
    const { token } = (await session.json()) as VisitorSession;
    const text = i % 5 === 0 ? TEXTS[(i / 5) % TEXTS.length] : undefined;
    const answers: SurveyAnswer[] = [
      { questionId: stars, rating },
      { questionId: solved, choices: [rating >= 4 ? 0 : rating === 3 ? 1 : 2] },
      { questionId: better, choices: [i % 3, ...(i % 4 === 0 ? [3] : [])] },
      ...(text ? [{ questionId: words, text }] : []),
    ];
    const onPage = i % 3 === 0;
    const res = await fetch(`${url}/api/surveys/${survey.id}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        clientId: randomUUID(),
        channel: onPage ? 'page' : 'link',
        pageUrl: onPage ? 'https://shop.example.com/orders/20261120-0815' : null,
        answers,
      }),
    });
    if (!res.ok) throw new Error(`a response was refused: ${res.status} ${await res.text()}`);
  }

  const page = await consolePage(browser, url, admin, { width: 1280, height: 1400 });
  await page.getByRole('link', { name: '问卷', exact: true }).click();
  await page.getByRole('link', { name: `查看结果：${SURVEY.title}` }).click();
  await page.getByText('共 20 份回复').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-survey-results.png') });
  console.log('docs/console-survey-results.png');

  await page.getByRole('link', { name: '返回问卷列表' }).click();
  await page.getByRole('link', { name: DRAFT.title, exact: true }).click();
  await page.getByRole('heading', { name: `编辑问卷：${DRAFT.title}` }).waitFor();
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: resolve(out, 'console-survey-builder.png') });
  console.log('docs/console-survey-builder.png');
  await page.context().close();
  // Closed, so it invites nobody in the scenes that follow.
  await call('POST', `/api/admin/surveys/${survey.id}/status`, {
    status: 'closed',
    version: survey.version,
  });
}
