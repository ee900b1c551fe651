import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, tokenize } from '../../../knowledge/index.ts';
import { anyText, toFullWidth, visitorText } from './text.ts';

describe('tokenize', () => {
  it('splits Chinese into words, characters and bigrams; fillers are no words of their own', () => {
    const tokens = tokenize('请问可以提前还款吗');
    expect(tokens).toEqual(expect.arrayContaining(['提前', '还款', '前还', '还']));
    expect(tokens).not.toContain('吗');
    expect(tokens).not.toContain('问');
  });

  it('gives nothing for a message made only of pleasantries', () => {
    expect(tokenize('你好，谢谢！')).toEqual([]);
  });

  it('drops English stop words and meets word forms at one stem', () => {
    const tokens = tokenize('Why was I charged?');
    expect(tokens).not.toContain('was');
    const [charged] = tokens.filter((t) => t.startsWith('charg'));
    expect(tokenize('charges')).toContain(charged);
    expect(tokenize('charging')).toContain(charged);
  });

  it('keeps digits', () => {
    expect(tokenize('借款500元')).toContain('500');
    expect(tokenize('Card 4242')).toContain('4242');
  });

  it('never throws and returns unique tokens', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const tokens = tokenize(s);
        return new Set(tokens).size === tokens.length && tokens.every((t) => t.length > 0);
      }),
    );
  });

  it('returns tokens that are already normalised', () => {
    fc.assert(fc.property(visitorText, (s) => tokenize(s).every((t) => normalise(t) === t)));
  });

  it('gives full-width and half-width typing the same tokens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        expect(tokenize(toFullWidth(s))).toEqual(tokenize(s));
      }),
    );
  });

  it('gives the spellings of one Chinese question word the same tokens', () => {
    expect(tokenize('如何提前还款')).toEqual(tokenize('怎么提前还款'));
    expect(tokenize('咋提前还款')).toEqual(tokenize('怎么提前还款'));
    expect(tokenize('可不可以提前还款')).toEqual(tokenize('可以提前还款'));
    expect(tokenize('钱啥时候到账')).toEqual(tokenize('钱什么时候到账'));
    // A question word is folded, not the words around it.
    expect(tokenize('如何提前还款')).toEqual(expect.arrayContaining(['提前', '还款']));
  });

  it('gives traditional and simplified Chinese the same tokens', () => {
    expect(tokenize('如何變更還款帳號')).toEqual(tokenize('如何变更还款帐号'));
  });
});
