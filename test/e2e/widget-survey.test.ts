import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ConversationSummary, Survey } from '../../protocol/index.ts';
import type { surveySaveSchema } from '../../protocol/schemas/surveys.ts';
import type { z } from 'zod';
import { adminApi, expectJson } from '../helpers/admin-api.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop, isFocused } from './widget-page.ts';

const env = useDemoShopServer();

type SurveyInput = z.input<typeof surveySaveSchema>;

/** Builds a survey through the admin's REST API and publishes it, as the console would. */
async function openSurvey(input: SurveyInput): Promise<Survey> {
  const api = adminApi(env.server, await signIn(env.server.url));
  const { survey } = await expectJson<{ survey: Survey }>(
    await api('POST', '/api/admin/surveys', input),
    201,
  );
  const status = { status: 'open', version: survey.version };
  const opened = await api('POST', `/api/admin/surveys/${survey.id}/status`, status);
  return (await expectJson<{ survey: Survey }>(opened, 200)).survey;
}

const SHOPPING: SurveyInput = {
  title: '购物体验调查',
  intro: '只需一分钟。',
  questions: [
    { kind: 'rating', prompt: '您对本次购物满意吗？', required: true },
    { kind: 'single', prompt: '您是从哪里知道我们的？', options: ['朋友推荐', '搜索引擎'] },
    { kind: 'multiple', prompt: '您买过哪些商品？', required: true, options: ['鞋', '包', '手表'] },
    { kind: 'text', prompt: '还有什么建议？' },
  ],
  placement: { pages: ['/checkout*', '/'] },
};

const press = async (page: Page, key: string, times = 1) => {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
};

describe('online surveys in the chat widget', () => {
  it('invites on a matching page; answered with the keyboard, stored as chosen, never offered again', async () => {
    const survey = await openSurvey(SHOPPING);
    // Placed on other pages only: never offered on the demo shop's front page.
    await openSurvey({ ...SHOPPING, title: '结账调查', placement: { pages: ['/checkout*'] } });
    // Also on the front page, offered once the first is settled.
    const later = await openSurvey({ ...SHOPPING, title: '新品调查' });
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();

    const invite = shop.chat.getByRole('region', { name: '问卷调查：购物体验调查' });
    await invite.getByText('邀请您参加一份简短的问卷。').waitFor();
    expect(await shop.chat.getByRole('region', { name: /结账调查/ }).count()).toBe(0);
    await invite.getByRole('button', { name: '开始填写' }).focus();
    await shop.page.keyboard.press('Enter');

    const form = shop.chat.getByRole('form', { name: '购物体验调查' });
    await form.getByText('只需一分钟。').waitFor();
    const stars = form.getByRole('radiogroup', { name: '您对本次购物满意吗？' });
    expect(await isFocused(stars.getByRole('radio', { name: '1 星' }))).toBe(true);
    await press(shop.page, 'ArrowRight', 3);
    expect(await stars.getByRole('radio', { name: '4 星' }).isChecked()).toBe(true);
    await press(shop.page, 'Tab');
    await press(shop.page, 'ArrowDown');
    expect(await form.getByRole('radio', { name: '搜索引擎' }).isChecked()).toBe(true);

    // Past the three boxes and the text box to 提交问卷, with a required question unanswered.
    await press(shop.page, 'Tab', 5);
    const submit = form.getByRole('button', { name: '提交问卷' });
    expect(await isFocused(submit)).toBe(true);
    await press(shop.page, 'Enter');
    await form.getByRole('alert').filter({ hasText: '请回答第 3 题。' }).waitFor();
    const shoes = form.getByRole('checkbox', { name: '鞋' });
    expect(await isFocused(shoes)).toBe(true);
    expect(await env.server.store.surveys.responses(survey.id)).toEqual([]);

    await press(shop.page, 'Space');
    await press(shop.page, 'Tab', 2);
    await press(shop.page, 'Space');
    await press(shop.page, 'Tab');
    await shop.page.keyboard.type('希望送货更快');
    await press(shop.page, 'Tab');
    await press(shop.page, 'Enter');
    await shop.sees('感谢您参与调查！');
    await form.waitFor({ state: 'detached' });

    const [question1, question2, question3, question4] = survey.questions.map((q) => q.id);
    expect(await env.server.store.surveys.responses(survey.id)).toMatchObject([
      {
        channel: 'page',
        pageUrl: `${env.server.url}/`,
        conversationId: null,
        lang: 'zh-CN',
        answers: [
          { questionId: question1, rating: 4 },
          { questionId: question2, choices: [1] },
          { questionId: question3, choices: [0, 2] },
          { questionId: question4, text: '希望送货更快' },
        ],
      },
    ]);

    // The next one, put off here: neither it nor the answered one comes back after a reload.
    await shop.page.reload();
    await shop.openChat();
    const next = shop.chat.getByRole('region', { name: '问卷调查：新品调查' });
    await next.getByRole('button', { name: '以后再说' }).click();
    await next.waitFor({ state: 'detached' });
    expect(await isFocused(shop.input)).toBe(true);
    await shop.page.reload();
    await shop.openChat();
    await shop.ask('下单后多久发货？');
    await shop.sees('付款后 48 小时内发货。');
    expect(await shop.chat.getByRole('region', { name: /问卷调查/ }).count()).toBe(0);
    expect(await env.server.store.surveys.responses(later.id)).toEqual([]);
    await context.close();
  });

  it('shows a survey full-window at its link, in English, and says so once it is answered', async () => {
    const survey = await openSurvey({
      title: 'Delivery survey',
      questions: [
        { kind: 'rating', prompt: 'How was the delivery?', required: true },
        { kind: 'text', prompt: 'Anything else?' },
      ],
      placement: { link: true },
    });
    const context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const link = `${env.server.url}/chat?survey=${survey.id}&lang=en`;
    await page.goto(link);
    await page.getByRole('heading', { name: 'Delivery survey' }).waitFor();
    expect(await page.getByRole('button', { name: 'Not now' }).count()).toBe(0);
    expect(await isFocused(page.getByRole('radio', { name: '1 star', exact: true }))).toBe(true);
    await press(page, 'ArrowRight', 4);
    expect(await page.getByRole('radio', { name: '5 stars' }).isChecked()).toBe(true);
    await page.getByLabel('Anything else?').fill('Quick and friendly');
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByText('Thank you for taking part!').waitFor();
    expect(await env.server.store.surveys.responses(survey.id)).toMatchObject([
      {
        channel: 'link',
        lang: 'en',
        answers: [
          { questionId: survey.questions[0]?.id, rating: 5 },
          { questionId: survey.questions[1]?.id, text: 'Quick and friendly' },
        ],
      },
    ]);

    await page.reload();
    await page.getByText("You've already answered this survey. Thank you!").waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await context.close();
  });

  it('offers the after-chat survey below the rating once an agent closed the chat', async () => {
    const survey = await openSurvey({
      title: '服务回访',
      questions: [
        { kind: 'single', prompt: '问题解决了吗？', required: true, options: ['解决了', '没有'] },
      ],
      placement: { afterChat: true },
    });
    const tab = await ConsoleTab.open(env.server.url, await signIn(env.server.url));
    await expect.poll(() => tab.status).toBe('online');
    const assigned = new Promise<ConversationSummary>((resolve) =>
      tab.socket.once('conversation.assigned', resolve),
    );
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
    const { id: conversationId } = await assigned;
    await shop.sees('客服 Admin 为您服务。');
    const invite = shop.chat.getByRole('region', { name: '问卷调查：服务回访' });
    expect(await invite.count()).toBe(0);

    const closed = await tab.socket.timeout(5_000).emitWithAck('conversation.close', {
      conversationId,
      type: 'consultation',
      departmentId: 'general',
      tags: [],
      summary: '',
    });
    expect(closed.ok).toBe(true);
    await shop.chat.getByRole('radiogroup', { name: '请评价本次服务' }).waitFor();
    await invite.getByText('占用您一两分钟，帮我们把服务做得更好。').waitFor();
    // In the transcript, after the rating form.
    const order = await shop.log.innerText();
    expect(order.indexOf('请评价本次服务')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('请评价本次服务')).toBeLessThan(order.indexOf('服务回访'));

    await invite.getByRole('button', { name: '开始填写' }).click();
    await shop.chat.getByRole('radio', { name: '解决了' }).check();
    await shop.chat.getByRole('button', { name: '提交问卷' }).click();
    await shop.sees('感谢您参与调查！');
    expect(await env.server.store.surveys.responses(survey.id)).toMatchObject([
      { channel: 'after_chat', conversationId, answers: [{ choices: [0] }] },
    ]);
    tab.close();
    await context.close();
  });
});
