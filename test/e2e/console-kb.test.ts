import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { TEST_ADMIN } from '../helpers/server.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop } from './widget-page.ts';

const env = useDemoShopServer();
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function newContext(): Promise<BrowserContext> {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  contexts.push(context);
  return context;
}

/** Signs the admin in through the console's form and opens the knowledge base from the navigation. */
async function openKnowledgeBase(): Promise<{ page: Page; kb: Locator }> {
  const page = await (await newContext()).newPage();
  await page.goto(`${env.server.url}/console`);
  await page.getByLabel('邮箱', { exact: true }).fill(TEST_ADMIN.email);
  await page.getByLabel('密码', { exact: true }).fill(TEST_ADMIN.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await page.getByRole('link', { name: '知识库', exact: true }).click();
  const kb = page.getByRole('region', { name: '知识库', exact: true });
  await kb.getByRole('heading', { level: 1, name: '知识库' }).waitFor();
  return { page, kb };
}

/** The answers as typed, and as the visitor reads them once the Markdown is drawn. */
const OLD_ANSWER =
  '积分可以在 **积分商城** 兑换优惠券和小礼品。\n![积分商城入口](https://shop.example/points.png)';
const OLD_SHOWN = '积分可以在 积分商城 兑换优惠券和小礼品。';
const NEW_ANSWER = '积分可以兑换优惠券、**免运费券**和小礼品，100 积分抵 1 元。';
const NEW_SHOWN = '积分可以兑换优惠券、免运费券和小礼品，100 积分抵 1 元。';
const PARAPHRASE = '积分能兑换什么东西？';

/** How many times the conversation shows this bot answer. */
const answered = (shop: DemoShop, shown: string) => shop.log.getByText(shown).count();

describe('console knowledge base', () => {
  it('an entry written in the console answers visitors at once; edits and restores too', async () => {
    const { page, kb } = await openKnowledgeBase();
    await kb.getByRole('link', { name: '新建', exact: true }).click();
    const form = kb.getByRole('form', { name: '新建问答' });
    await form.getByLabel('问题', { exact: true }).fill('会员积分可以兑换什么？');
    await form.getByLabel('相似问法 1', { exact: true }).fill('积分能换哪些礼品');
    // Enter adds the next line and moves to it, rather than saving the form.
    await form.getByLabel('相似问法 1', { exact: true }).press('Enter');
    await page.keyboard.type('积分可以换东西吗');
    expect(await form.getByLabel('相似问法 2', { exact: true }).inputValue()).toBe(
      '积分可以换东西吗',
    );
    await form.getByLabel('关键词', { exact: true }).fill('积分兑换');
    await form.getByLabel('关键词', { exact: true }).press('Enter');
    await form.getByRole('button', { name: '删除关键词 积分兑换' }).waitFor();
    await form.getByLabel('答案', { exact: true }).fill(OLD_ANSWER);
    // The preview draws the Markdown the way the chat window will.
    const preview = kb.getByRole('region', { name: '预览（访客在对话窗口中看到的样子）' });
    expect(await preview.locator('strong').textContent()).toBe('积分商城');
    expect(await preview.getByRole('img', { name: '积分商城入口' }).getAttribute('src')).toBe(
      'https://shop.example/points.png',
    );
    expect(await form.getByRole('radio', { name: '已发布' }).isChecked()).toBe(true);
    await form.getByRole('button', { name: '创建', exact: true }).click();

    await kb.getByText('已创建。').waitFor();
    const editor = kb.getByRole('form', { name: '编辑问答' });
    expect(await editor.getByLabel('相似问法 2', { exact: true }).inputValue()).toBe(
      '积分可以换东西吗',
    );

    const shop = await DemoShop.open(await newContext(), env.server.url);
    await shop.openChat();
    await shop.ask(PARAPHRASE);
    await expect.poll(() => answered(shop, OLD_SHOWN)).toBe(1);
    expect(await shop.log.getByRole('img', { name: '积分商城入口' }).count()).toBe(1);

    await editor.getByLabel('答案', { exact: true }).fill(NEW_ANSWER);
    await editor.getByRole('button', { name: '保存', exact: true }).click();
    await kb.getByText('已保存，机器人已在使用新内容。').waitFor();
    await shop.ask(PARAPHRASE);
    await expect.poll(() => answered(shop, NEW_SHOWN)).toBe(1);

    // The tester agrees with what the visitor got, and links to the entry.
    await kb.getByRole('link', { name: '测试问题', exact: true }).click();
    await kb.getByLabel('访客的问题').fill(PARAPHRASE);
    await kb.getByLabel('访客的问题').press('Enter');
    const decision = kb.getByRole('region', { name: '机器人的决定' });
    await expect.poll(() => decision.textContent()).toContain('直接回答');
    const top = kb.getByRole('table', { name: '最接近的五条' }).getByRole('row').nth(1);
    expect(await top.getByRole('rowheader').textContent()).toBe('会员积分可以兑换什么？');
    await top.getByRole('link', { name: '会员积分可以兑换什么？' }).click();

    const history = kb.getByRole('region', { name: '修订历史' });
    const revisions = history.getByRole('listitem');
    await expect.poll(() => revisions.count()).toBe(2);
    expect(await revisions.nth(0).textContent()).toContain('改动：答案');
    expect(await revisions.nth(1).textContent()).toContain('创建');
    await revisions
      .nth(1)
      .getByRole('button', { name: /^恢复此版本/ })
      .click();
    await kb.getByText('已恢复版本 1 的内容。').waitFor();
    expect(await editor.getByLabel('答案', { exact: true }).inputValue()).toBe(OLD_ANSWER);
    await expect.poll(() => revisions.count()).toBe(3);
    await shop.ask(PARAPHRASE);
    await expect.poll(() => answered(shop, OLD_SHOWN)).toBe(2);
  });

  it('says so when a colleague saved first, and keeps the admin’s text through a reload', async () => {
    const cookie = await signIn(env.server.url);
    const created = await consoleRequest(env.server.url, 'POST', '/api/faq', cookie, {
      question: '发票可以邮寄吗？',
      answer: '电子发票会发到您的邮箱。',
      status: 'published',
    });
    const { entry } = (await created.json()) as { entry: { id: string } };
    const { kb } = await openKnowledgeBase();
    await kb.getByLabel('搜索', { exact: true }).fill('发票');
    await kb.getByRole('link', { name: '发票可以邮寄吗？' }).click();
    const editor = kb.getByRole('form', { name: '编辑问答' });
    const answer = editor.getByLabel('答案', { exact: true });
    await answer.fill('纸质发票可以邮寄，运费由我们承担。');

    const colleague = await consoleRequest(env.server.url, 'PUT', `/api/faq/${entry.id}`, cookie, {
      question: '发票可以邮寄吗？',
      answer: '请在订单中申请纸质发票。',
      status: 'published',
      version: 1,
    });
    expect(colleague.status).toBe(200);

    await editor.getByRole('button', { name: '保存', exact: true }).click();
    const conflict = kb.getByRole('alert').filter({ hasText: '已被其他管理员修改' });
    await conflict.getByRole('button', { name: '载入最新版本（保留我的文字）' }).click();
    await kb.getByText('对方的版本与你的文字不同的地方：答案').waitFor();
    expect(await answer.inputValue()).toBe('纸质发票可以邮寄，运费由我们承担。');
    await editor.getByRole('button', { name: '保存', exact: true }).click();
    await kb.getByText('已保存，机器人已在使用新内容。').waitFor();
    const saved = await consoleRequest(env.server.url, 'GET', `/api/faq/${entry.id}`, cookie);
    const detail = (await saved.json()) as { entry: { answer: string; version: number } };
    expect(detail.entry).toMatchObject({
      answer: '纸质发票可以邮寄，运费由我们承担。',
      version: 3,
    });
  });

  it('downloads the template, refuses an import with a bad row, then imports a good file', async () => {
    const { page, kb } = await openKnowledgeBase();
    await kb.getByRole('link', { name: '导入导出', exact: true }).click();
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      kb.getByRole('link', { name: '下载 CSV 模板' }).click(),
    ]);
    expect(template.suggestedFilename()).toMatch(/\.csv$/);
    const header = (await readFile(await template.path(), 'utf8')).split(/\r?\n/)[0];
    expect(header).toContain('问题 question');

    const fileInput = kb.getByLabel('文件（XLSX、CSV 或 JSON）');
    const good = 'gift-card.zh,礼品卡可以和优惠券一起用吗？,可以，礼品卡和优惠券可以同时使用。';
    await fileInput.setInputFiles(csv('faq.csv', [good, 'empty-answer.zh,礼品卡过期了怎么办？,']));
    const report = kb.getByRole('region', { name: '预检结果：faq.csv' });
    await expect
      .poll(() => counts(report))
      .toEqual({ 新增: '1', 修改: '0', 不变: '0', 有问题: '1' });
    const invalid = report.getByRole('table', { name: '有问题的行' }).getByRole('row');
    expect(await invalid.nth(1).getByRole('cell').first().textContent()).toBe('3');
    await report.getByText('有问题的行需要先在文件中改正').waitFor();
    expect(await report.getByRole('button', { name: '确认导入' }).count()).toBe(0);

    await fileInput.setInputFiles(csv('faq-fixed.csv', [good]));
    const fixed = kb.getByRole('region', { name: '预检结果：faq-fixed.csv' });
    await expect
      .poll(() => counts(fixed))
      .toEqual({ 新增: '1', 修改: '0', 不变: '0', 有问题: '0' });
    await fixed.getByRole('button', { name: '确认导入' }).click();
    await kb.getByText('已导入：新增 1 条，修改 0 条。').waitFor();

    await kb.getByRole('link', { name: '问答条目', exact: true }).click();
    await kb.getByLabel('搜索', { exact: true }).fill('礼品卡');
    const rows = kb.getByRole('table', { name: '问答条目' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe(
      '礼品卡可以和优惠券一起用吗？',
    );
  });
});

/** A CSV as a department would fill it in: id, question and answer columns, one entry a row. */
function csv(name: string, rows: string[]) {
  const text = ['id,问题 question,答案 answer', ...rows].join('\r\n');
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

/** The dry run's counts, by their labels. */
async function counts(report: Locator): Promise<Record<string, string>> {
  const terms = await report.getByRole('term').allTextContents();
  const values = await report.getByRole('definition').allTextContents();
  return Object.fromEntries(terms.map((t, i) => [t, values[i] ?? '']));
}
