import { describe, expect, it } from 'vitest';
import { containsPattern } from '../../server/store/like.ts';

describe('containsPattern', () => {
  it('matches anywhere and takes LIKE wildcards and the escape character literally', () => {
    expect(containsPattern('退货')).toBe('%退货%');
    expect(containsPattern('100%')).toBe('%100\\%%');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
    expect(containsPattern('C:\\path')).toBe('%C:\\\\path%');
  });
});
