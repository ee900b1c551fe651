import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapReason } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { onlineElsewhere } from '../helpers/console-api.ts';
import { GapsApi } from '../helpers/gaps.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newClientId, newVisitor, unwrap } from '../helpers/visitor-client.ts';

let server: TestServer;
let gaps: GapsApi;

beforeAll(async () => {
  server = await startServer();
  // Someone is online, so a visitor asking for a person is queued rather than offered a form.
  await onlineElsewhere(server);
  gaps = new GapsApi(server.url, await signIn(server.url));
});
afterAll(() => server.close());

/** The reasons the admin sees for this wording, once the log has caught up. */
async function reasonsFor(text: string): Promise<GapReason[]> {
  let reasons: GapReason[] = [];
  await expect
    .poll(async () => {
      const group = await gaps.groupOf(text);
      reasons = group?.questions.find((q) => q.text === text)?.reasons ?? [];
      return reasons.length;
    })
    .toBeGreaterThan(0);
  return reasons;
}

describe('the questions the bot did not settle are logged, once per reason', () => {
  it('logs a question the bot found nothing for as unanswered', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('你们支持货到付款吗');
    await expect.poll(() => reasonsFor('你们支持货到付款吗')).toEqual(['unanswered']);
    tab.close();
  });

  it('logs a question the bot only had suggestions for as unsure, with the first one', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('退款退货');
    const [, reply] = await tab.sync(0);
    expect(reply?.kind).toBe('suggestions');
    await expect.poll(() => reasonsFor('退款退货')).toEqual(['unsure']);
    const group = await gaps.groupOf('退款退货');
    expect(group?.nearest?.id).toBe(reply?.suggestions?.[0]?.faqId);
    tab.close();
  });

  it('logs an answered question voted 👎 as unhelpful, once however often the vote changes', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('退货流程是怎样的');
    const [, answer] = await tab.sync(0);
    expect(answer).toMatchObject({ kind: 'answer', faqId: 'return.zh' });
    unwrap(await tab.rate(answer!.id, true));
    unwrap(await tab.rate(answer!.id, false));
    unwrap(await tab.rate(answer!.id, true));
    unwrap(await tab.rate(answer!.id, false));
    await expect.poll(() => reasonsFor('退货流程是怎样的')).toEqual(['unhelpful']);
    const group = await gaps.groupOf('退货流程是怎样的');
    expect(group?.count).toBe(1);
    expect(group?.questions[0]?.ids).toHaveLength(1);
    tab.close();
  });

  it('logs the question a visitor asks a person about right after the bot’s turn (button)', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('发票怎么开');
    unwrap(await tab.requestHandoff());
    await expect.poll(() => reasonsFor('发票怎么开')).toEqual(['unanswered', 'handoff']);
    tab.close();
  });

  it('logs it too when the visitor types a handoff phrase after an answer', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('什么时候能发货呀');
    const [, answer] = await tab.sync(0);
    expect(answer?.kind).toBe('answer');
    await tab.send('转人工');
    await expect.poll(() => reasonsFor('什么时候能发货呀')).toEqual(['handoff']);
    // The handoff phrase itself is no question.
    expect(await gaps.groupOf('转人工')).toBeUndefined();
    tab.close();
  });

  it('logs both misses when the second one hands the visitor over, and a resend only once', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('快递用的哪家');
    const clientId = newClientId();
    await tab.send('运费多少钱', { clientId });
    await tab.send('运费多少钱', { clientId });
    const messages = await tab.sync(0);
    expect(messages.at(-1)?.kind).toBe('notice');
    await expect.poll(() => reasonsFor('快递用的哪家')).toEqual(['unanswered']);
    await expect.poll(() => reasonsFor('运费多少钱')).toEqual(['unanswered']);
    expect((await gaps.groupOf('运费多少钱'))?.count).toBe(1);
    tab.close();
  });

  it('leaves answered questions and later handoffs out', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('我想退货');
    unwrap(await tab.requestHandoff());
    // Already with the queue: asking again says nothing about the bot.
    unwrap(await tab.requestHandoff());
    await expect.poll(() => reasonsFor('我想退货')).toEqual(['handoff']);
    const other = await newVisitor(server.url, 'zh-CN');
    await other.tab.send('下单后多久发货');
    const groups = await gaps.groups();
    expect(groups.some((g) => g.questions.some((q) => q.text === '下单后多久发货'))).toBe(false);
    other.tab.close();
    tab.close();
  });
});
