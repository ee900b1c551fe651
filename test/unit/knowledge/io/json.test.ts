import { describe, expect, it } from 'vitest';
import { parseFaqFile } from '../../../../knowledge/index.ts';
import { FaqFileError, readFaqFile } from '../../../../knowledge/io/index.ts';
import { bytes } from './entries.ts';

const json = (value: unknown) => readFaqFile(bytes(JSON.stringify(value)), 'json');
const entry = { id: 'a', question: '怎么退货', answer: '七天内可退' };

describe('reading JSON', () => {
  it('takes an array of entries or {"entries": [...]}', async () => {
    for (const file of [await json([entry]), await json({ entries: [entry] })]) {
      expect(file.rows).toMatchObject([{ row: 1, entry: { ...entry, status: 'published' } }]);
    }
    // The evaluation and demo loader reads both shapes too.
    expect(parseFaqFile({ entries: [entry] })).toHaveLength(1);
  });

  it('names each invalid entry by its place in the array, with the reason', async () => {
    const file = await json([
      entry,
      { ...entry, id: 'b', similar: ['ok', ' '], origin: 'wiki' },
      { ...entry, question: '另一个问题' },
      'not an entry',
    ]);
    expect(file.rows.map((r) => r.row)).toEqual([1]);
    expect(file.problems).toEqual([
      {
        row: 2,
        reason: '相似问法 similar #2: a similar question is empty; Unrecognized key: "origin"',
      },
      { row: 3, reason: 'id a is already used in row 1' },
      { row: 4, reason: 'not an entry (expected an object)' },
    ]);
  });

  it('refuses a file that is not JSON, or not a list of entries', async () => {
    await expect(readFaqFile(bytes('[{"id": '), 'json')).rejects.toThrow(FaqFileError);
    await expect(json({ id: 'a' })).rejects.toThrow('an array of entries or {"entries": [...]}');
  });
});
