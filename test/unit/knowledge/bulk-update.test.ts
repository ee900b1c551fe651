import { describe, expect, it } from 'vitest';
import { FaqIndex, type FaqEntry } from '../../../knowledge/index.ts';
import { FIXTURE } from './fixture.ts';

const PRODUCTS = [
  '手机',
  '耳机',
  '冰箱',
  '洗衣机',
  '空调',
  '电视',
  'laptop',
  'camera',
  'watch',
  'router',
];
const TOPICS = [
  '退货',
  '换货',
  '保修',
  '安装',
  '发票',
  'return',
  'repair',
  'warranty',
  'install',
  'invoice',
];

/** 100 entries about products, enough to make update() rebuild in one pass. */
const PRODUCT_FAQ: FaqEntry[] = PRODUCTS.flatMap((product) =>
  TOPICS.map((topic) => ({
    id: `${product}-${topic}`,
    question: `${product} ${topic} 怎么办理`,
    similar: [`${product}可以${topic}吗`, `how to ${topic} my ${product}`],
    keywords: [topic],
    answer: `${product} ${topic}`,
  })),
);

const QUERIES = [
  ...FIXTURE.map((e) => e.question),
  '怎么退款',
  '手机退货怎么办理',
  'how do I return my laptop',
  'camera warranty',
  'instal my router',
  '冰箱能换货吗',
];

/** Everything a visitor can see of an index: answers for whole questions, suggestions while typing. */
function observe(index: FaqIndex): unknown {
  return QUERIES.map((q) => [index.match(q), index.suggest(q.slice(0, 6))]);
}

describe('FaqIndex.update', () => {
  it('matches after a large batch exactly as after the same calls one by one', () => {
    const bulk = new FaqIndex(FIXTURE);
    const oneByOne = new FaqIndex(FIXTURE);
    const edited = { ...FIXTURE[1]!, question: '付款后几天发货' };
    bulk.update({ upsert: [...PRODUCT_FAQ, edited], remove: ['refund', 'en-card'] });
    for (const id of ['refund', 'en-card']) oneByOne.remove(id);
    for (const entry of [...PRODUCT_FAQ, edited]) oneByOne.upsert(entry);

    expect(bulk.size).toBe(FIXTURE.length - 2 + PRODUCT_FAQ.length);
    expect(bulk.get('refund')).toBeUndefined();
    expect(bulk.match('付款后几天发货').candidates[0]).toMatchObject({
      id: 'shipping',
      confidence: 1,
    });
    expect(observe(bulk)).toEqual(observe(oneByOne));
  });

  it('keeps taking live upserts and removals after a rebuild', () => {
    const bulk = new FaqIndex([...FIXTURE, ...PRODUCT_FAQ]);
    const oneByOne = new FaqIndex();
    for (const entry of [...FIXTURE, ...PRODUCT_FAQ]) oneByOne.upsert(entry);
    for (const index of [bulk, oneByOne]) {
      index.remove('手机-退货');
      index.upsert({
        id: 'cod',
        question: '支持货到付款吗',
        similar: [],
        keywords: [],
        answer: '支持',
      });
    }
    expect(bulk.match('可以货到付款吗').candidates[0]?.id).toBe('cod');
    expect(observe(bulk)).toEqual(observe(oneByOne));
  });

  it('applies a small batch in place', () => {
    const index = new FaqIndex(FIXTURE);
    index.update({ upsert: [PRODUCT_FAQ[0]!], remove: ['password'] });
    expect(index.size).toBe(FIXTURE.length);
    expect(index.match('忘记登录密码怎么办').candidates.map((c) => c.id)).not.toContain('password');
    expect(index.match('手机 退货 怎么办理').candidates[0]?.id).toBe('手机-退货');
  });
});
