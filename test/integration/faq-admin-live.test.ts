import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../helpers/agent-client.ts';
import { askBot, FaqApi, POINTS } from '../helpers/faq-admin.ts';
import { makeTempDir, startServer, type TestServer } from '../helpers/server.ts';
import { newVisitor, unwrap } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: FaqApi;

beforeAll(async () => {
  server = await startServer();
  admin = new FaqApi(server.url, await signIn(server.url));
});
afterAll(() => server.close());

const QUESTION = '积分怎么兑换';

/** What a visitor typing `text` is offered before sending. */
async function suggested(text: string): Promise<string[]> {
  const { tab } = await newVisitor(server.url, 'zh-CN');
  const { suggestions } = unwrap(await tab.suggest(text));
  tab.close();
  return suggestions.map((s) => s.faqId);
}

describe('the bot answers with the knowledge base as the admin leaves it, at once', () => {
  it('follows an entry from draft to published, edited, unpublished, deleted, restored', async () => {
    const draft = await admin.create({ ...POINTS, status: 'draft' });
    expect((await askBot(server.url, QUESTION)).kind).not.toBe('answer');
    expect(await suggested('积分')).not.toContain(draft.id);

    const published = await admin.update(draft, { status: 'published' });
    expect(await askBot(server.url, QUESTION)).toMatchObject({
      kind: 'answer',
      faqId: draft.id,
      body: '在「会员中心」兑换积分。',
    });
    expect(await suggested('积分')).toContain(draft.id);

    const edited = await admin.update(published, { answer: '积分可在 **会员中心** 兑换优惠券。' });
    expect((await askBot(server.url, QUESTION)).body).toBe('积分可在 **会员中心** 兑换优惠券。');

    const unpublished = await admin.update(edited, { status: 'draft' });
    expect((await askBot(server.url, QUESTION)).kind).not.toBe('answer');

    const republished = await admin.update(unpublished, { status: 'published' });
    expect((await askBot(server.url, QUESTION)).faqId).toBe(draft.id);
    const history = (await admin.detail(draft.id)).revisions;

    await admin.remove(republished.id);
    expect((await askBot(server.url, QUESTION)).kind).not.toBe('answer');
    expect(await suggested('积分')).not.toContain(draft.id);

    // Version 2 was the first published text.
    const firstPublished = history.find((r) => r.version === 2);
    const restored = await admin.restore(draft.id, firstPublished!.id);
    expect(restored).toMatchObject({ status: 'published', answer: '在「会员中心」兑换积分。' });
    expect(await askBot(server.url, QUESTION)).toMatchObject({
      kind: 'answer',
      faqId: draft.id,
      body: '在「会员中心」兑换积分。',
    });
    await admin.remove(draft.id);
  });

  it('answers a question that moved to another entry’s similar questions', async () => {
    const wifi = (await admin.detail('wifi.zh')).entry;
    await admin.update(wifi, { similar: ['积分怎么兑换'], answer: '积分请到收银台兑换。' });
    expect(await askBot(server.url, QUESTION)).toMatchObject({
      faqId: 'wifi.zh',
      body: '积分请到收银台兑换。',
    });
    expect((await admin.test(QUESTION)).candidates[0]).toMatchObject({
      id: 'wifi.zh',
      matchedField: 'similar',
    });
  });
});

describe('the knowledge base across a restart', () => {
  it('keeps edits, drafts and deletions, and answers with them', async () => {
    const dataDir = await makeTempDir('kefu-faq-restart-');
    const before = await startServer({ dataDir });
    const api = new FaqApi(before.url, await signIn(before.url));
    const points = await api.create(POINTS);
    const refund = (await api.detail('refund-time.zh')).entry;
    await api.update(refund, { answer: '退款当天到账。' });
    const shipping = (await api.detail('shipping.zh')).entry;
    await api.update(shipping, { status: 'draft' });
    await api.remove('return.zh');
    await before.close();

    const after = await startServer({ dataDir });
    expect((await askBot(after.url, QUESTION)).faqId).toBe(points.id);
    expect((await askBot(after.url, '退款多久到账？')).body).toBe('退款当天到账。');
    expect((await askBot(after.url, '什么时候发货')).faqId).not.toBe('shipping.zh');
    expect((await askBot(after.url, '我想退货')).faqId).not.toBe('return.zh');
    const again = new FaqApi(after.url, await signIn(after.url));
    expect((await again.detail('refund-time.zh')).revisions).toHaveLength(2);
    await after.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stays empty when the admin deleted every entry, instead of bringing the demo back', async () => {
    const dataDir = await makeTempDir('kefu-faq-empty-');
    const before = await startServer({ dataDir });
    const api = new FaqApi(before.url, await signIn(before.url));
    for (const entry of (await api.list()).entries) await api.remove(entry.id);
    await before.close();

    const after = await startServer({ dataDir });
    const again = new FaqApi(after.url, await signIn(after.url));
    expect((await again.list()).total).toBe(0);
    expect((await askBot(after.url, '我想退货')).kind).toBe('fallback');
    await after.close();
    await rm(dataDir, { recursive: true, force: true });
  });
});
