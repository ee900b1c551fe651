import { describe, expect, it } from 'vitest';
import { indexTerms, searchQuery } from '../../../knowledge/search-terms.ts';

describe('indexTerms', () => {
  it('indexes Chinese as character bigrams, then the run’s last character', () => {
    expect(indexTerms('退货地址')).toBe('退货 货地 地址 址');
    expect(indexTerms('好')).toBe('好');
  });

  it('indexes other scripts as words, and mixed text run by run', () => {
    expect(indexTerms('Where is my parcel?')).toBe('where is my parcel');
    expect(indexTerms('iPhone15退货, order 42')).toBe('iphone15 退货 货 order 42');
  });

  it('folds full-width, case and traditional characters as a query does', () => {
    expect(indexTerms('ＡＢＣ退貨')).toBe('abc 退货 货');
  });

  it('gives nothing for punctuation alone', () => {
    expect(indexTerms('？！…  ——')).toBe('');
  });
});

describe('searchQuery', () => {
  it('asks for a Chinese run as one phrase of its bigrams', () => {
    expect(searchQuery('退货地址')).toEqual([{ terms: ['退货', '货地', '地址'], prefix: false }]);
    expect(searchQuery('退货')).toEqual([{ terms: ['退货'], prefix: false }]);
  });

  it('asks for a lone Chinese character as a prefix', () => {
    expect(searchQuery('退')).toEqual([{ terms: ['退'], prefix: true }]);
  });

  it('asks for English words, the last one as a prefix', () => {
    expect(searchQuery('Return pol')).toEqual([
      { terms: ['return'], prefix: false },
      { terms: ['pol'], prefix: true },
    ]);
  });

  it('combines Chinese and English parts, the last Latin word a prefix wherever it stands', () => {
    expect(searchQuery('iPhone 退货')).toEqual([
      { terms: ['iphone'], prefix: true },
      { terms: ['退货'], prefix: false },
    ]);
  });

  it('folds full-width and traditional text like the index does', () => {
    expect(searchQuery('退貨　ＩＰＨＯＮＥ')).toEqual(searchQuery('退货 iphone'));
  });

  it('keeps FTS syntax as plain words: quotes, stars and operators are not passed on', () => {
    expect(searchQuery('"退货" OR * NEAR(x)')).toEqual([
      { terms: ['退货'], prefix: false },
      { terms: ['or'], prefix: false },
      { terms: ['near'], prefix: false },
      { terms: ['x'], prefix: true },
    ]);
  });

  it('asks the same word once', () => {
    expect(searchQuery('退货 退货')).toEqual([{ terms: ['退货'], prefix: false }]);
  });

  it('has nothing to look for in empty or punctuation-only text', () => {
    expect(searchQuery('')).toBeNull();
    expect(searchQuery('  ？！。，  ')).toBeNull();
    expect(searchQuery('"*"')).toBeNull();
  });
});
