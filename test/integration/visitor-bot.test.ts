import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.ts';
import { newVisitor, unwrap } from '../helpers/visitor-client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('the bot answers a visitor', () => {
  it('answers a known question with the FAQ answer, stored and pushed live', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    const sent = await tab.send('我想退货');
    expect(sent).toMatchObject({ author: 'visitor', kind: 'text', body: '我想退货', seq: 1 });

    // The question came back in its ack; the push brings the reply.
    await vi.waitFor(() => expect(tab.created).toHaveLength(1));
    const [reply] = tab.created;
    expect(reply).toMatchObject({
      author: 'bot',
      kind: 'answer',
      seq: 2,
      faqId: 'return.zh',
      body: '在「我的订单」里点 **申请退货**，7 天内无理由退货。',
      feedback: null,
    });
    expect(await tab.sync(0)).toEqual([sent, reply]);
    tab.close();
  });

  it('offers close questions when unsure, with the intro in the visitor language', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('退货和退款');
    const [, reply] = await tab.sync(0);
    expect(reply).toMatchObject({ author: 'bot', kind: 'suggestions', body: '您是不是想问：' });
    expect(reply?.suggestions?.map((s) => s.faqId).sort()).toEqual(['refund-time.zh', 'return.zh']);
    expect(reply?.faqId).toBeUndefined();
    tab.close();
  });

  it('answers a picked suggestion directly', async () => {
    const { tab } = await newVisitor(server.url, 'zh-CN');
    await tab.send('退款多久到账？', { faqId: 'refund-time.zh' });
    const [, reply] = await tab.sync(0);
    expect(reply).toMatchObject({
      kind: 'answer',
      faqId: 'refund-time.zh',
      body: '退款在 1–3 个工作日内原路退回。',
    });
    tab.close();
  });

  it('admits it found nothing and offers a person, in English for an English visitor', async () => {
    const { tab } = await newVisitor(server.url, 'en');
    await tab.send('what is the weather like on Mars');
    const [, reply] = await tab.sync(0);
    expect(reply).toMatchObject({ author: 'bot', kind: 'fallback', actions: ['handoff'] });
    expect(reply?.body).toMatch(/couldn't find/);
    tab.close();
  });

  it('suggests questions while the visitor types', async () => {
    const { tab } = await newVisitor(server.url, 'en');
    const result = unwrap(await tab.suggest('reset password'));
    expect(result.suggestions[0]).toEqual({
      faqId: 'password.en',
      question: 'How do I reset my password?',
    });
    tab.close();
  });

  it('puts entries in the visitor’s language first when both languages match equally', async () => {
    const zh = await newVisitor(server.url, 'zh-CN');
    const en = await newVisitor(server.url, 'en');
    const ids = (r: { suggestions: { faqId: string }[] }) => r.suggestions.map((s) => s.faqId);
    expect(ids(unwrap(await zh.tab.suggest('WiFi')))).toEqual(['wifi.zh', 'wifi.en']);
    expect(ids(unwrap(await en.tab.suggest('WiFi')))).toEqual(['wifi.en', 'wifi.zh']);

    await en.tab.send('wifi');
    const [, reply] = await en.tab.sync(0);
    expect(reply).toMatchObject({ kind: 'suggestions', body: 'Did you mean:' });
    expect(reply?.suggestions?.map((s) => s.faqId)).toEqual(['wifi.en', 'wifi.zh']);
    zh.tab.close();
    en.tab.close();
  });
});
