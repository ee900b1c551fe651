import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/index.ts';
import { ConsoleTab, signIn, type AgentSocket } from '../helpers/agent-client.ts';
import { useDemoShopServer } from './setup.ts';
import { DemoShop, isFocused } from './widget-page.ts';

const env = useDemoShopServer();

const ACK_MS = 5_000;
const clientId = () => randomBytes(16).toString('hex');

/** The console's side of a chat, as an agent's browser would send it. */
function agentSays(socket: AgentSocket, conversationId: string, body: string) {
  return socket
    .timeout(ACK_MS)
    .emitWithAck('message.send', { conversationId, clientId: clientId(), body });
}

describe('asking for a person in the chat widget', () => {
  it('offers the leave-a-message form when nobody is online, and keeps what was typed until it is stored', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    await shop.chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();

    const form = shop.chat.getByRole('form', { name: '留言' });
    await form.getByText('现在没有人工客服在线').waitFor();
    const name = form.getByLabel('姓名');
    const contact = form.getByLabel('手机或邮箱');
    const body = form.getByLabel('留言内容');
    expect(await isFocused(name)).toBe(true);
    await name.fill('王先生');
    await contact.fill('明天下午');
    await body.fill('想咨询批量采购的价格');
    await form.getByRole('button', { name: '提交留言' }).click();

    await form.getByRole('alert').filter({ hasText: '请填写有效的手机号或邮箱地址' }).waitFor();
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(contact)).toBe(true);
    expect(await name.inputValue()).toBe('王先生');
    expect(await body.inputValue()).toBe('想咨询批量采购的价格');
    expect(await env.server.store.leftMessages.list('open', 10)).toEqual([]);

    await contact.fill('wang@example.com');
    await form.getByRole('button', { name: '提交留言' }).click();
    await shop.sees('留言已收到，我们会尽快联系您。');
    await form.waitFor({ state: 'detached' });
    const stored = await env.server.store.leftMessages.list('open', 10);
    expect(stored).toMatchObject([
      { name: '王先生', contact: 'wang@example.com', body: '想咨询批量采购的价格' },
    ]);

    // Typing the request instead: the notice offers the same form.
    await shop.ask('人工');
    await shop.sees('抱歉，现在没有人工客服在线');
    await shop.log.getByRole('button', { name: '留言', exact: true }).click();
    await form.getByLabel('姓名').waitFor();
    await context.close();
  });

  it('connects the visitor with an online agent, then takes the rating once the agent closes', async () => {
    const tab = await ConsoleTab.open(env.server.url, await signIn(env.server.url));
    await expect.poll(() => tab.status).toBe('online');
    const assigned = new Promise<ConversationSummary>((resolve) =>
      tab.socket.once('conversation.assigned', resolve),
    );
    const visitorTyping: boolean[] = [];
    tab.socket.on('typing.changed', ({ typing }) => visitorTyping.push(typing));

    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const shop = await DemoShop.open(context, env.server.url);
    await shop.openChat();
    const header = shop.chat.getByRole('banner');
    await header.getByRole('button', { name: '转人工' }).click();
    const { id: conversationId } = await assigned;
    await header.getByText('客服 Admin').waitFor();
    await shop.sees('客服 Admin 为您服务。');
    expect(await header.getByRole('button', { name: '转人工' }).count()).toBe(0);

    expect((await agentSays(tab.socket, conversationId, '您好，请问有什么可以帮您？')).ok).toBe(
      true,
    );
    await shop.sees('您好，请问有什么可以帮您？');
    await shop.log.getByText('Admin', { exact: true }).waitFor();

    const agentTyping = shop.chat.getByRole('status').filter({ hasText: '客服正在输入…' });
    const typing = (on: boolean) =>
      tab.socket.timeout(ACK_MS).emitWithAck('typing.set', { conversationId, typing: on });
    await typing(true);
    await agentTyping.waitFor();
    await typing(false);
    await agentTyping.waitFor({ state: 'detached' });

    await shop.input.fill('我想改一下收货地址');
    await expect.poll(() => visitorTyping).toEqual([true]);
    await shop.input.press('Enter');
    await expect.poll(() => visitorTyping).toEqual([true, false]);

    const closed = await tab.socket.timeout(ACK_MS).emitWithAck('conversation.close', {
      conversationId,
      type: 'consultation',
      departmentId: 'general',
      tags: [],
      summary: '',
    });
    expect(closed.ok).toBe(true);
    await shop.sees('本次会话已结束，感谢您的咨询。');

    // The rating waits for the visitor across a reload.
    await shop.page.reload();
    await shop.openChat();
    const rating = shop.chat.getByRole('radiogroup', { name: '请评价本次服务' });
    expect(await rating.getByRole('radio').count()).toBe(5);
    await rating.getByRole('radio', { name: '满意', exact: true }).check();
    await shop.chat.getByLabel('评价说明（选填）').fill('回复很快');
    await shop.chat.getByRole('button', { name: '提交评价' }).click();
    await shop.sees('感谢您的评价！');
    expect(await env.server.store.conversations.get(conversationId)).toMatchObject({
      rating: 4,
      ratingComment: '回复很快',
    });

    // The next question starts a new conversation (its seqs start at 1 again): it shows below
    // the old one, and a reload keeps both, each message once.
    await shop.ask('下单后多久发货？');
    await shop.sees('付款后 48 小时内发货。');
    await shop.page.reload();
    await shop.openChat();
    await shop.sees('付款后 48 小时内发货。');
    const transcript = await shop.log.innerText();
    expect(transcript.indexOf('您好，请问有什么可以帮您？')).toBeLessThan(
      transcript.indexOf('付款后 48 小时内发货。'),
    );
    expect(await shop.log.getByText('您好，请问有什么可以帮您？').count()).toBe(1);
    expect(await shop.countMine('我想改一下收货地址')).toBe(1);
    expect(await shop.countMine('下单后多久发货？')).toBe(1);
    tab.close();
    await context.close();
  });
});
