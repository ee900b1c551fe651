import fc from 'fast-check';

/** Text a visitor might type: Chinese (simplified and traditional), full-width forms, Latin, digits, punctuation. */
const MIXED =
  '還款帳戶髮發后臺借钱额度提前退款请问吗呢ＡＢＣａｂｃ１２３，。！？：（）abcXYZ019 -_.,!?';

export const visitorText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...Array.from(MIXED)),
    fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 40,
});

/** Any UTF-16, lone surrogates included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 60 });

/** The full-width twin of printable ASCII (U+FF01–FF5E), the way Chinese IMEs type it. */
export function toFullWidth(text: string): string {
  return text
    .replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/ /g, '\u3000');
}
