import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { visitorCode } from '../../server/presenters/conversation.ts';
import { newVisitor, unwrap } from '../helpers/visitor-client.ts';
import { useDemoShopServer } from './setup.ts';
import { isFocused } from './widget-page.ts';
import { signInOnline } from './console-page.ts';

const env = useDemoShopServer();
let context: BrowserContext;
afterEach(async () => {
  await context.close();
});

const signIn = (page: Page) => signInOnline(page, env.server.url);

describe('console chat workspace', () => {
  it('gets a handed-over chat, replies, writes a note, inserts a quick reply and closes it', async () => {
    context = await env.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page);

    const { session, tab } = await newVisitor(env.server.url, 'zh-CN');
    const question = await tab.send('怎么申请退货？');
    unwrap(await tab.requestHandoff());
    const conversationId = question.conversationId;
    const visitor = `访客 ${visitorCode(session.visitorId)}`;

    // Routing gives the chat to the only agent online; it arrives unread, counted in the title.
    const chatLine = page
      .getByRole('region', { name: '我的会话' })
      .getByRole('button', { name: new RegExp(visitor) });
    await chatLine.getByText(/\d+ 条未读/).waitFor();
    await expect.poll(() => page.title()).toMatch(/^\(\d+\) Kefu 客服工作台$/);

    await chatLine.click();
    const chat = page.getByRole('region', { name: visitor });
    const log = chat.getByRole('log', { name: '会话记录' });
    await log.getByText('怎么申请退货？').waitFor();
    await log.getByText(/7 天内无理由退货/).waitFor();
    await expect.poll(() => page.title()).toBe('Kefu 客服工作台');
    await expect
      .poll(async () => (await env.server.store.conversations.get(conversationId))?.agentReadSeq)
      .toBeGreaterThan(question.seq);

    tab.socket.emit('typing.set', { typing: true }, () => undefined);
    await chat.getByRole('status').getByText('访客正在输入…').waitFor();

    const replyText = '您好，我来帮您看看退货的问题。';
    const reply = chat.getByRole('textbox', { name: '回复内容' });
    await reply.fill(replyText);
    await reply.press('Enter');
    await expect.poll(() => tab.created.some((m) => m.body === replyText)).toBe(true);
    // The bubble shown at once was replaced by the stored message, not joined by it.
    await expect.poll(() => log.getByText(replyText).count()).toBe(1);

    const noteText = '访客说快递已经寄出';
    await chat.getByRole('radio', { name: '内部备注' }).check();
    const note = chat.getByRole('textbox', { name: '备注内容' });
    await note.fill(noteText);
    await note.press('Enter');
    await log.getByRole('listitem').filter({ hasText: noteText }).getByText('内部备注').waitFor();

    await chat.getByRole('radio', { name: '回复访客' }).check();
    await reply.pressSequentially('/nihao');
    const greeting = '您好，请问有什么可以帮到您？';
    await chat
      .getByRole('listbox', { name: '快捷回复' })
      .getByRole('option', { name: new RegExp(greeting) })
      .waitFor();
    await reply.press('Enter');
    expect(await reply.inputValue()).toBe(greeting);
    await reply.press('Enter');
    await expect.poll(() => tab.created.some((m) => m.body === greeting)).toBe(true);
    // The note was written before the greeting: had it reached the visitor, it would be here.
    expect(tab.created.some((m) => m.body.includes(noteText))).toBe(false);

    await chat.getByRole('button', { name: '结束会话' }).click();
    const dialog = page.getByRole('dialog', { name: '结束会话' });
    await dialog.getByRole('radio', { name: '投诉' }).check();
    const tags = dialog.getByRole('textbox', { name: '标签' });
    await tags.fill('物流');
    await tags.press('Enter');
    await dialog.getByRole('button', { name: '删除标签 物流' }).waitFor();
    await dialog.getByRole('textbox', { name: '一句话小结' }).fill('退货已寄出，退款未到账');
    await dialog.getByRole('button', { name: '结束会话' }).click();
    await dialog.waitFor({ state: 'detached' });
    await chatLine.waitFor({ state: 'detached' });
    // The dialog and the buttons are gone: focus lands on the chat's heading, not the page.
    await expect.poll(() => isFocused(chat.getByRole('heading', { name: visitor }))).toBe(true);
    expect(await env.server.store.conversations.get(conversationId)).toMatchObject({
      status: 'closed',
      closeType: 'complaint',
      closeTags: ['物流'],
      closeSummary: '退货已寄出，退款未到账',
    });

    // The visitor rates later: the chat, still on screen, shows it.
    unwrap(
      await tab.socket.timeout(5_000).emitWithAck('rating.send', { conversationId, score: 5 }),
    );
    await chat.getByText('非常满意').waitFor();
  });
});
