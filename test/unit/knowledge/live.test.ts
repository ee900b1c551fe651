import { describe, expect, it } from 'vitest';
import { FaqIndex } from '../../../knowledge/index.ts';
import { FIXTURE } from './fixture.ts';

describe('FaqIndex live updates', () => {
  it('counts and returns its entries', () => {
    const index = new FaqIndex(FIXTURE);
    expect(index.size).toBe(FIXTURE.length);
    expect(index.get('refund')?.question).toBe('如何申请退款');
    expect(index.get('nope')).toBeUndefined();
  });

  it('answers from a new entry at once', () => {
    const index = new FaqIndex(FIXTURE);
    expect(index.match('支持货到付款吗').decision).toBe('none');
    index.upsert({
      id: 'cod',
      question: '支持货到付款吗',
      similar: [],
      keywords: [],
      answer: '支持',
    });
    expect(index.match('可以货到付款吗').candidates[0]?.id).toBe('cod');
    expect(index.size).toBe(FIXTURE.length + 1);
  });

  it('forgets the old phrasings of a replaced entry', () => {
    const index = new FaqIndex(FIXTURE);
    const refund = index.get('refund')!;
    index.upsert({ ...refund, question: '退货地址在哪里', similar: [] });
    expect(index.size).toBe(FIXTURE.length);
    expect(index.match('退款流程是什么').candidates.map((c) => c.id)).not.toContain('refund');
    expect(index.match('退货地址在哪里').candidates[0]).toMatchObject({
      id: 'refund',
      confidence: 1,
    });
  });

  it('stops matching a removed entry', () => {
    const index = new FaqIndex(FIXTURE);
    expect(index.remove('refund')).toBe(true);
    expect(index.remove('refund')).toBe(false);
    expect(index.get('refund')).toBeUndefined();
    expect(index.match('如何申请退款').candidates.map((c) => c.id)).not.toContain('refund');
  });

  it('matches the same after removing and re-adding everything', () => {
    const index = new FaqIndex(FIXTURE);
    const before = index.match('怎么重置密码');
    for (const e of FIXTURE) index.remove(e.id);
    expect(index.size).toBe(0);
    expect(index.match('怎么重置密码').decision).toBe('none');
    for (const e of FIXTURE) index.upsert(e);
    expect(index.match('怎么重置密码')).toEqual(before);
  });
});
