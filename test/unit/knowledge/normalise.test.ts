import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../knowledge/index.ts';
import { anyText, toFullWidth, visitorText } from './text.ts';

describe('normalise', () => {
  it('folds full-width forms and case', () => {
    expect(normalise('ＡＢＣ　１２３ Card')).toBe('abc 123 card');
  });

  it('turns traditional Chinese into simplified', () => {
    expect(normalise('微粒貸還款')).toBe(normalise('微粒贷还款'));
  });

  it('folds punctuation and whitespace into single spaces', () => {
    expect(normalise('  请问，能提前还款吗？？  ')).toBe('请问 能提前还款吗');
    expect(normalise("Where's my card?!")).toBe('where s my card');
  });

  it('converts characters that simplify in steps all the way (薴 → 苧 → 苎)', () => {
    expect(normalise('薴')).toBe('苎');
    expect(normalise('苧')).toBe('苎');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(visitorText, (s) => normalise(normalise(s)) === normalise(s)));
  });

  it('simplifies characters that follow a character description mark (⿰還一)', () => {
    expect(normalise('⿰還一')).toBe('还一');
  });

  it('never throws, lone surrogates included, and always returns well-formed text', () => {
    fc.assert(fc.property(anyText, (s) => normalise(s).isWellFormed()));
    expect(normalise('\ud800abc\udfff')).toBe('abc');
  });

  it('gives full-width and half-width typing the same result', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii' }),
        (s) => normalise(toFullWidth(s)) === normalise(s),
      ),
    );
  });
});
