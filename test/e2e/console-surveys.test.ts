import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language, SurveyAnswer } from '../../protocol/index.ts';
import { addAgent } from '../helpers/console-api.ts';
import { TEST_ADMIN, startServer, type TestServer } from '../helpers/server.ts';
import { byLink, visitorCalls } from '../helpers/surveys.ts';
import { createSession } from '../helpers/visitor-client.ts';
import { launchChromium } from './browser.ts';
import { isFocused } from './widget-page.ts';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const ZH = { email: '邮箱', password: '密码', nav: '主导航', surveys: '问卷' };
const EN = { email: 'E-mail', password: 'Password', nav: 'Main', surveys: 'Surveys' };

/** Signs in through the console's form, in a browser of one's own. */
async function signIn(
  account: { email: string; password: string },
  lang: Language,
): Promise<{ page: Page; nav: Locator }> {
  const words = lang === 'en' ? EN : ZH;
  const context = await browser.newContext({ locale: lang });
  contexts.push(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  await page.goto(`${server.url}/console`);
  await page.getByLabel(words.email, { exact: true }).fill(account.email);
  await page.getByLabel(words.password, { exact: true }).fill(account.password);
  await page.getByLabel(words.password, { exact: true }).press('Enter');
  const nav = page.getByRole('navigation', { name: words.nav });
  await nav.waitFor();
  return { page, nav };
}

/** The admin on the surveys page, reached through the main navigation. */
async function surveysPage(lang: Language = 'zh-CN'): Promise<{ page: Page; desk: Locator }> {
  const words = lang === 'en' ? EN : ZH;
  const { page, nav } = await signIn(TEST_ADMIN, lang);
  await nav.getByRole('link', { name: words.surveys, exact: true }).click();
  const desk = page.getByRole('region', { name: words.surveys, exact: true });
  await desk.getByRole('heading', { level: 1, name: words.surveys }).waitFor();
  return { page, desk };
}

const focusedHeading = (desk: Locator, name: string) =>
  isFocused(desk.getByRole('heading', { level: 2, name, exact: true }));

/** A visitor of their own answers by the survey's link, through the widget's REST route. */
async function answer(surveyId: string, answers: SurveyAnswer[]): Promise<void> {
  const session = await createSession(server.url, 'zh-CN');
  const call = visitorCalls(server, session.token);
  const res = await call('POST', `/api/surveys/${surveyId}/responses`, byLink(answers));
  expect(res.status).toBe(201);
  // A minute apart, so "the latest answers" have an order.
  server.clock.advance(60_000);
}

async function downloaded(page: Page, link: Locator): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

describe('console surveys', () => {
  it('builds a survey of all four kinds, publishes it by link and shows what visitors answered', async () => {
    const { page, desk } = await surveysPage();
    await desk.getByRole('link', { name: '新建问卷' }).click();
    await expect.poll(() => focusedHeading(desk, '新建问卷')).toBe(true);

    // Nothing filled in: the title says so, and has focus.
    const title = desk.getByLabel('问卷标题');
    await desk.getByRole('button', { name: '创建问卷' }).click();
    await desk.getByRole('alert').getByText('请填写问卷标题').waitFor();
    await expect.poll(() => isFocused(title)).toBe(true);
    await title.fill('购物体验调查');
    await desk.getByLabel('简介（可选）').fill('占用您一分钟');

    const adds = desk.getByRole('group', { name: '添加问题' });
    const question = (name: string) => desk.getByRole('group', { name, exact: true });
    await adds.getByRole('button', { name: '添加评分题' }).click();
    // The new question's wording has focus: type straight away.
    const firstPrompt = question('第 1 题（评分）').getByLabel('题目');
    await expect.poll(() => isFocused(firstPrompt)).toBe(true);
    await page.keyboard.type('您对本次服务满意吗？');
    await question('第 1 题（评分）').getByLabel('必答').check();
    await adds.getByRole('button', { name: '添加单选题' }).click();
    const single = question('第 2 题（单选）');
    await single.getByLabel('题目').fill('您从哪里知道我们？');
    await single.getByRole('textbox', { name: '选项 1', exact: true }).fill('朋友');
    await single.getByRole('textbox', { name: '选项 2', exact: true }).fill('广告');
    await single.getByRole('button', { name: '添加选项' }).click();
    await single.getByRole('textbox', { name: '选项 3', exact: true }).fill('搜索');
    await adds.getByRole('button', { name: '添加文字题' }).click();
    await question('第 3 题（文字）').getByLabel('题目').fill('还有什么建议？');
    await adds.getByRole('button', { name: '添加多选题' }).click();
    const multiple = question('第 4 题（多选）');
    await multiple.getByLabel('题目').fill('您买过哪些？');
    await multiple.getByRole('textbox', { name: '选项 1', exact: true }).fill('杯子');
    // The same option twice is caught before it is sent.
    await multiple.getByRole('textbox', { name: '选项 2', exact: true }).fill('杯子');
    await desk.getByRole('button', { name: '创建问卷' }).click();
    await multiple.getByRole('alert').getByText('选项不能为空，也不能重复').waitFor();
    const firstOption = multiple.getByRole('textbox', { name: '选项 1', exact: true });
    await expect.poll(() => isFocused(firstOption)).toBe(true);
    await multiple.getByRole('textbox', { name: '选项 2', exact: true }).fill('盘子');
    await multiple.getByRole('button', { name: '添加选项' }).click();
    await multiple.getByRole('textbox', { name: '选项 3', exact: true }).fill('碗');

    // The choice goes above the text question, by keyboard; focus stays on its button.
    await multiple.getByRole('button', { name: '上移第 4 题' }).focus();
    await page.keyboard.press('Enter');
    const moved = desk.getByRole('button', { name: '上移第 3 题' });
    await expect.poll(() => isFocused(moved)).toBe(true);
    expect(await question('第 3 题（多选）').getByLabel('题目').inputValue()).toBe('您买过哪些？');
    expect(await question('第 4 题（文字）').getByLabel('题目').inputValue()).toBe(
      '还有什么建议？',
    );

    await desk.getByLabel('通过链接填写').check();
    await desk.getByText('保存后即可得到问卷链接。').waitFor();
    await desk.getByRole('button', { name: '创建问卷' }).click();
    await expect.poll(() => focusedHeading(desk, '编辑问卷：购物体验调查')).toBe(true);
    await desk.getByRole('status').getByText('问卷已创建').waitFor();
    const id = /#surveys\/([\w-]+)$/.exec(page.url())?.[1] ?? '';
    const link = `${server.url}/chat?survey=${id}`;
    expect(await desk.getByLabel('问卷链接').inputValue()).toBe(link);
    await desk.getByRole('button', { name: '复制链接' }).click();
    await desk.getByRole('status').getByText('已复制链接').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // Publish: the notice takes focus; the draft's step gives way to close / back to draft.
    expect(await desk.getByText('草稿', { exact: true }).count()).toBe(1);
    await desk.getByRole('button', { name: '发布' }).click();
    const notice = desk.getByRole('status').filter({ hasText: '问卷已发布' });
    await expect.poll(() => isFocused(notice)).toBe(true);
    await desk.getByText('进行中', { exact: true }).waitFor();
    expect(await desk.getByRole('button', { name: '退回草稿' }).count()).toBe(1);

    const saved = (await server.store.surveys.get(id))?.questions ?? [];
    expect(saved.map((q) => q.kind)).toEqual(['rating', 'single', 'multiple', 'text']);
    const [stars, from, bought, words] = saved.map((q) => q.id);
    if (!stars || !from || !bought || !words) throw new Error('the survey lost a question');
    await answer(id, [
      { questionId: stars, rating: 5 },
      { questionId: from, choices: [0] },
      { questionId: bought, choices: [0, 2] },
      { questionId: words, text: '包装很用心' },
    ]);
    await answer(id, [
      { questionId: stars, rating: 4 },
      { questionId: from, choices: [0] },
      { questionId: bought, choices: [2] },
      { questionId: words, text: '希望发货再快一点' },
    ]);
    await answer(id, [
      { questionId: stars, rating: 4 },
      { questionId: from, choices: [1] },
    ]);

    // The list has the answers counted; back from the survey, focus is on its row.
    await desk.getByRole('link', { name: '返回问卷列表' }).click();
    const row = desk.getByRole('row', { name: /购物体验调查/ });
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual(['进行中', '链接', '3', expect.any(String), '查看结果']);
    const open = row.getByRole('link', { name: '购物体验调查', exact: true });
    await expect.poll(() => isFocused(open)).toBe(true);

    await row.getByRole('link', { name: '查看结果：购物体验调查' }).click();
    await expect.poll(() => focusedHeading(desk, '问卷结果：购物体验调查')).toBe(true);
    await desk.getByText('共 3 份回复').waitFor();
    const channels = desk.getByRole('definition');
    expect(await channels.allTextContents()).toEqual(['0', '0', '3']);

    const result = (name: string) => desk.getByRole('region', { name });
    const bars = (region: Locator) => region.getByRole('listitem').allTextContents();
    const rating = result('1. 您对本次服务满意吗？');
    expect(await rating.textContent()).toContain('3 人作答');
    expect(await rating.textContent()).toContain('平均 4.3 分');
    expect(await bars(rating)).toEqual([
      '5 星1 人（33%）',
      '4 星2 人（67%）',
      '3 星0 人（0%）',
      '2 星0 人（0%）',
      '1 星0 人（0%）',
    ]);
    expect(await bars(result('2. 您从哪里知道我们？'))).toEqual([
      '朋友2 人（67%）',
      '广告1 人（33%）',
      '搜索0 人（0%）',
    ]);
    const choices = result('3. 您买过哪些？');
    expect(await choices.textContent()).toContain('2 人作答');
    expect(await bars(choices)).toEqual(['杯子1 人（50%）', '盘子0 人（0%）', '碗2 人（100%）']);
    // The newest first.
    const texts = await result('4. 还有什么建议？').getByRole('listitem').allTextContents();
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('希望发货再快一点');
    expect(texts[1]).toContain('包装很用心');

    const exports = desk.getByRole('group', { name: '导出结果' });
    const csv = await downloaded(page, exports.getByRole('link', { name: '导出 CSV' }));
    expect(csv.name).toMatch(/^购物体验调查-.*\.csv$/);
    const lines = (await readFile(csv.path, 'utf8')).trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('杯子; 碗');
    expect(lines[1]).toContain('包装很用心');
    const xlsx = await downloaded(page, exports.getByRole('link', { name: '导出 XLSX' }));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(1).values).toContain('您买过哪些？');
  });

  it('locks the questions of an answered survey but keeps the rest editable', async () => {
    const [survey] = (await server.store.surveys.list()).map((s) => s.survey);
    if (!survey) throw new Error('the first test left no survey');
    const { desk } = await surveysPage();
    await desk.getByRole('link', { name: survey.title, exact: true }).click();
    await expect.poll(() => focusedHeading(desk, `编辑问卷：${survey.title}`)).toBe(true);
    await desk.getByText('已有访客回答了这份问卷，问题不能再修改').waitFor();
    const first = desk.getByRole('group', { name: '第 1 题（评分）' });
    expect(await first.getByLabel('题目').isEditable()).toBe(false);
    expect(await first.getByLabel('必答').isDisabled()).toBe(true);
    expect(await desk.getByRole('group', { name: '添加问题' }).count()).toBe(0);
    expect(await desk.getByRole('button', { name: /^删除/ }).count()).toBe(0);
    // Answered: it can be closed, not taken back to draft.
    expect(await desk.getByRole('button', { name: '退回草稿' }).count()).toBe(0);

    await desk.getByLabel('问卷标题').fill('购物体验调查（三月）');
    await desk.getByLabel(/在这些页面上展示/).fill('/checkout*\n/orders/*');
    await desk.getByRole('button', { name: '保存', exact: true }).click();
    await desk.getByRole('status').getByText('已保存').waitFor();
    const stored = await server.store.surveys.get(survey.id);
    expect(stored?.title).toBe('购物体验调查（三月）');
    expect(stored?.placement.pages).toEqual(['/checkout*', '/orders/*']);

    await desk.getByRole('button', { name: '结束问卷' }).click();
    await desk.getByRole('status').getByText('问卷已结束').waitFor();
    await desk.getByText('已结束', { exact: true }).waitFor();
    expect(await desk.getByRole('button', { name: '重新开放' }).count()).toBe(1);
  });

  it('in English: a stale save is refused with a reload, and a survey shown nowhere is not published', async () => {
    const { page, desk } = await surveysPage('en');
    await desk.getByRole('link', { name: 'New survey' }).click();
    await desk.getByLabel('Survey title').fill('Delivery check');
    await desk
      .getByRole('group', { name: 'Add a question' })
      .getByRole('button', { name: 'Add text' })
      .click();
    const prompt = desk
      .getByRole('group', { name: 'Question 1 (Text)' })
      .getByRole('textbox', { name: 'Question', exact: true });
    await expect.poll(() => isFocused(prompt)).toBe(true);
    await page.keyboard.type('How was the delivery?');
    await desk.getByRole('button', { name: 'Create survey' }).click();
    await desk.getByRole('status').getByText('Survey created').waitFor();

    // Nowhere to show it: the server says so next to the status buttons.
    await desk.getByRole('button', { name: 'Publish' }).click();
    await desk
      .getByRole('alert')
      .getByText(/An open survey needs at least one placement/)
      .waitFor();

    // Someone else renames it meanwhile: this save names an older version.
    const id = /#surveys\/([\w-]+)$/.exec(page.url())?.[1] ?? '';
    const row = await server.store.surveys.get(id);
    if (!row) throw new Error('the survey was not stored');
    await server.store.surveys.update(id, row.version, {
      title: 'Delivery survey',
      intro: row.intro,
      questions: row.questions,
      placement: row.placement,
      status: row.status,
      updatedAt: row.updatedAt,
    });
    await desk.getByLabel('Invite visitors after a chat ends').check();
    await desk.getByRole('button', { name: 'Save', exact: true }).click();
    const refusal = desk.getByRole('alert').filter({ hasText: 'Someone else changed this survey' });
    await refusal.waitFor();
    await refusal.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => focusedHeading(desk, 'Edit survey: Delivery survey')).toBe(true);
    expect(await desk.getByLabel('Invite visitors after a chat ends').isChecked()).toBe(false);
    expect((await server.store.surveys.get(id))?.placement.afterChat).toBe(false);
  });

  it('offers an ordinary agent no surveys, not even by their address', async () => {
    const agent = { id: 'bo', name: 'Bo', email: 'bo@kefu.local', password: 'bo-password' };
    await addAgent(server, agent);
    const { page, nav } = await signIn(agent, 'zh-CN');
    await nav.getByRole('link', { name: '会话', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: '问卷' }).count()).toBe(0);

    await page.goto(`${server.url}/console#surveys/new`);
    await nav.getByRole('link', { name: '会话', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: '新建问卷' }).count()).toBe(0);
    const res = await page.request.get(`${server.url}/api/admin/surveys`);
    expect(res.status()).toBe(403);
  });
});
