import { describe, expect, it } from 'vitest';
import { FaqIndex } from '../../../knowledge/index.ts';
import { FIXTURE } from './fixture.ts';

const index = new FaqIndex(FIXTURE);
const ids = (text: string) => index.suggest(text).map((c) => c.id);

describe('FaqIndex.suggest (as you type)', () => {
  it('finds an entry from an unfinished English word', () => {
    expect(ids('how do I activ')[0]).toBe('en-card');
    expect(ids('parc')).toContain('en-delivery');
  });

  it('agrees with match() once the last word is typed out', () => {
    const typed = 'parcel delivered';
    expect(index.suggest(typed)[0]).toEqual(index.match(typed).candidates[0]);
  });

  it('finds entries from the first Chinese characters typed', () => {
    expect(ids('退款')[0]).toBe('refund');
    expect(ids('怎么重置')[0]).toBe('password');
  });

  it('stays silent for very short input', () => {
    expect(index.suggest('退')).toEqual([]);
    expect(index.suggest('a')).toEqual([]);
    expect(index.suggest('  ')).toEqual([]);
  });

  it('returns at most the limit, 3 by default', () => {
    expect(index.suggest('怎么 订单 密码 发票 退款').length).toBeLessThanOrEqual(3);
    expect(index.suggest('怎么 订单 密码 发票 退款', 1)).toHaveLength(1);
  });
});
