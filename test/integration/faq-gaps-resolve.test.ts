import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../helpers/agent-client.ts';
import { addAgent } from '../helpers/console-api.ts';
import { askBot, FaqApi } from '../helpers/faq-admin.ts';
import { GapsApi, idsOf } from '../helpers/gaps.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newVisitor } from '../helpers/visitor-client.ts';

let server: TestServer;
let gaps: GapsApi;
let faq: FaqApi;

beforeAll(async () => {
  server = await startServer();
  const cookie = await signIn(server.url);
  gaps = new GapsApi(server.url, cookie);
  faq = new FaqApi(server.url, cookie);
});
afterAll(() => server.close());

/** Each question from its own visitor, as a month of real visitors would ask them. */
async function visitorsAsk(questions: string[]): Promise<void> {
  for (const question of questions) {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send(question);
    tab.close();
  }
}

/**
 * The open group holding `text`, once it counts `asked` questions: a question is logged after
 * its answer went out, so the last one asked may still be on its way to the list.
 */
async function openGroupOf(text: string, asked: number) {
  let group: Awaited<ReturnType<GapsApi['groupOf']>>;
  await expect.poll(async () => (group = await gaps.groupOf(text))?.count).toBe(asked);
  return group!;
}

const COD = ['你们支持货到付款吗', '可以货到付款吗', '支持货到付款吗？'];

describe('an admin settles a group of unanswered questions in one step', () => {
  it('groups paraphrases, then turns the group into an entry that answers them', async () => {
    await visitorsAsk([...COD, '可以货到付款吗']);
    const group = await openGroupOf('可以货到付款吗', 4);
    expect(group.questions.map((q) => q.text).sort()).toEqual([...COD].sort());
    expect(group).toMatchObject({ count: 4, reasons: ['unanswered'], lang: 'zh-CN' });
    expect(group.questions[0]).toMatchObject({ text: '可以货到付款吗', count: 2 });

    const similar = group.questions.map((q) => q.text).filter((t) => t !== group.representative);
    const result = await gaps.resolved({
      action: 'create',
      ids: idsOf(group),
      entry: {
        question: group.representative,
        similar,
        answer: '支持货到付款，签收时付给快递员即可。',
        status: 'published',
      },
    });
    expect(result.resolved).toBe(4);
    expect(result.entry).toMatchObject({ question: group.representative, version: 1 });
    for (const q of COD) {
      expect(await askBot(server.url, q)).toMatchObject({
        kind: 'answer',
        body: '支持货到付款，签收时付给快递员即可。',
      });
    }
    expect(await gaps.groupOf('可以货到付款吗')).toBeUndefined();
    // Settled already: a second click (or a colleague's) changes nothing.
    const again = await gaps.resolve({ action: 'dismiss', ids: idsOf(group) });
    expect(again.status).toBe(409);
  });

  it('adds a group to an existing entry as similar questions, on top of a colleague’s edit', async () => {
    await visitorsAsk(['我买的东西想退掉', '东西不想要了怎么退掉']);
    const group = await openGroupOf('我买的东西想退掉', 1);
    const seen = (await faq.detail('return.zh')).entry;
    // A colleague edits the entry after the admin opened the list.
    await faq.update(seen, { answer: '在「我的订单」里申请退货，运费我们出。' });

    const result = await gaps.resolved({
      action: 'attach',
      ids: idsOf(group),
      entryId: 'return.zh',
      version: seen.version,
    });
    expect(result).toMatchObject({ rebased: true, skipped: [] });
    expect(result.entry?.similar).toEqual([...seen.similar, ...group.questions.map((q) => q.text)]);
    expect(result.entry?.answer).toBe('在「我的订单」里申请退货，运费我们出。');
    for (const q of group.questions) {
      expect(await askBot(server.url, q.text)).toMatchObject({ faqId: 'return.zh' });
    }
    const history = (await faq.detail('return.zh')).revisions;
    expect(history[0]).toMatchObject({ action: 'updated', version: seen.version + 2 });
  });

  it('does not add a wording the entry already has', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('退货流程是什么？');
    const [, answer] = await tab.sync(0);
    await tab.rate(answer!.id, false);
    tab.close();
    const group = await openGroupOf('退货流程是什么？', 1);
    const entry = (await faq.detail('return.zh')).entry;
    const result = await gaps.resolved({
      action: 'attach',
      ids: idsOf(group),
      entryId: 'return.zh',
      version: entry.version,
    });
    expect(result).toMatchObject({ resolved: 1, skipped: ['退货流程是什么？'], rebased: false });
    expect(result.entry?.version).toBe(entry.version);
  });

  it('dismisses a group: it leaves the list and the knowledge base is unchanged', async () => {
    await visitorsAsk(['今天天气怎么样']);
    const group = await openGroupOf('今天天气怎么样', 1);
    const before = await faq.list();
    expect(await gaps.resolved({ action: 'dismiss', ids: idsOf(group) })).toMatchObject({
      resolved: 1,
      entry: null,
    });
    expect(await gaps.groupOf('今天天气怎么样')).toBeUndefined();
    expect((await faq.list()).total).toBe(before.total);
  });

  it('settles only the questions the admin kept', async () => {
    await visitorsAsk(['能开发票吗', '可以开发票吗']);
    const group = await openGroupOf('能开发票吗', 2);
    const kept = group.questions.find((q) => q.text === '能开发票吗')!;
    await gaps.resolved({ action: 'dismiss', ids: kept.ids });
    const rest = await gaps.groupOf('可以开发票吗');
    expect(rest?.questions.map((q) => q.text)).toEqual(['可以开发票吗']);
  });

  it('refuses a bad action without settling anything', async () => {
    await visitorsAsk(['会员有什么等级']);
    const group = await openGroupOf('会员有什么等级', 1);
    const ids = idsOf(group);
    const noAnswer = await gaps.resolve({
      action: 'create',
      ids,
      entry: { question: '会员有什么等级', answer: '' },
    });
    expect(noAnswer.status).toBe(400);
    const gone = await gaps.resolve({ action: 'attach', ids, entryId: 'no-such', version: 1 });
    expect(gone.status).toBe(404);
    expect(await gaps.groupOf('会员有什么等级')).toBeDefined();
  });
});

describe('knowledge gaps are for admins', () => {
  it('refuses agents and strangers', async () => {
    await addAgent(server, {
      id: 'agent-1',
      name: 'Agent',
      email: 'agent@kefu.local',
      password: 'agent-password',
    });
    const agent = new GapsApi(
      server.url,
      await signIn(server.url, { email: 'agent@kefu.local', password: 'agent-password' }),
    );
    expect((await agent.list()).status).toBe(403);
    expect((await agent.resolve({ action: 'dismiss', ids: ['x'] })).status).toBe(403);
    const stranger = new GapsApi(server.url, null);
    expect((await stranger.list()).status).toBe(401);
  });
});
