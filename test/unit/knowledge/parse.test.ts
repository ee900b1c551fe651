import { describe, expect, it } from 'vitest';
import { parseFaqFile } from '../../../knowledge/index.ts';

describe('parseFaqFile', () => {
  it('reads the import format, filling in the optional lists and ignoring unknown fields', () => {
    const entries = parseFaqFile([{ id: 'a-1', question: '如何退款', answer: '…', origin: 'x' }]);
    expect(entries).toEqual([
      { id: 'a-1', question: '如何退款', similar: [], keywords: [], answer: '…' },
    ]);
  });

  it('names the entry and the field that is wrong', () => {
    const file = [
      { id: 'ok', question: 'q', answer: 'a' },
      { id: 'bad', question: '   ', answer: 'a' },
    ];
    expect(() => parseFaqFile(file)).toThrow(/FAQ entry 1, field "question"/);
    expect(() =>
      parseFaqFile([{ id: 'x', question: 'q', similar: ['ok', 3], answer: '' }]),
    ).toThrow(/FAQ entry 0, field "similar\.1"/);
    expect(() => parseFaqFile([{ id: 'has space', question: 'q', answer: '' }])).toThrow(
      /FAQ entry 0, field "id"/,
    );
  });

  it('rejects a file that is not a list', () => {
    expect(() => parseFaqFile({ id: 'x' })).toThrow(/FAQ file/);
  });

  it('rejects a repeated id', () => {
    const e = { id: 'same', question: 'q', answer: 'a' };
    expect(() => parseFaqFile([e, e])).toThrow(/FAQ entry 1, field "id": duplicate/);
  });
});
