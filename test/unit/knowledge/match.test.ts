import { describe, expect, it } from 'vitest';
import { FaqIndex } from '../../../knowledge/index.ts';
import { FIXTURE } from './fixture.ts';

const index = new FaqIndex(FIXTURE);

describe('FaqIndex.match', () => {
  it('answers a rephrased question, politeness and punctuation aside', () => {
    const result = index.match('你好，请问怎么申请退款呢？');
    expect(result.decision).toBe('answer');
    expect(result.candidates[0]).toMatchObject({ id: 'refund', matchedField: 'question' });
    expect(result.suggestions).toEqual([]);
  });

  it('answers a question typed in traditional characters and full-width forms', () => {
    expect(index.match('忘記密碼怎麼辦？').candidates[0]?.id).toBe('password');
    expect(index.match('ＨＯＷ　ＤＯ　Ｉ　ＲＥＳＥＴ　ＭＹ　ＰＡＳＳＷＯＲＤ').decision).toBe(
      'answer',
    );
  });

  it('names the phrasing that matched', () => {
    const [best] = index.match('I forgot my password!').candidates;
    expect(best).toMatchObject({
      id: 'en-reset',
      matchedField: 'similar',
      matchedText: 'I forgot my password',
    });
  });

  it('matches keywords too', () => {
    expect(index.match('增值税发票').candidates[0]?.id).toBe('invoice');
  });

  it('suggests the close candidates when a question fits several entries', () => {
    const result = index.match('订单');
    expect(result.decision).toBe('suggest');
    expect(result.suggestions.map((c) => c.id).sort()).toEqual(['cancel-order', 'change-order']);
  });

  it('says none to an unrelated question, a greeting and an empty message', () => {
    for (const text of ['今天天气怎么样', 'what a lovely day', '你好', '', '？？？']) {
      expect(index.match(text).decision, text).toBe('none');
    }
  });

  it('returns confidences in [0, 1], ranked by score, at most limit candidates', () => {
    const { candidates } = index.match('怎么取消订单或者修改订单', { limit: 2 });
    expect(candidates).toHaveLength(2);
    for (const c of candidates) expect(c.confidence).toBeGreaterThan(0);
    for (const c of candidates) expect(c.confidence).toBeLessThanOrEqual(1);
    expect(candidates[0]!.score).toBeGreaterThanOrEqual(candidates[1]!.score);
  });

  it('gives an exact question full confidence', () => {
    expect(index.match('怎样取消订单').candidates[0]?.confidence).toBeCloseTo(1, 6);
  });

  it('reports the query tokens', () => {
    expect(index.match('如何申请退款？').tokens).toEqual(expect.arrayContaining(['申请', '退款']));
  });

  it('meets English word families at one stem ("activation" finds "activate")', () => {
    expect(index.match('Help with activation, please').candidates[0]?.id).toBe('en-card');
  });

  it('ranks first the entry whose phrasings hold the query words between them', () => {
    const shop = new FaqIndex([
      {
        ...FIXTURE[0]!,
        id: 'pay',
        question: 'Can I pay with Alipay?',
        similar: ['Which payment methods do you accept?'],
      },
      { ...FIXTURE[0]!, id: 'returns', question: 'Do you accept returns?', similar: [] },
    ]);
    const [first, second] = shop.match('Do you accept Alipay?').candidates;
    expect(first?.id).toBe('pay');
    expect(first!.score).toBeGreaterThan(second!.score);
  });
});
