import { describe, expect, it } from 'vitest';
import { readFaqFile, writeFaqFile } from '../../../../knowledge/io/index.ts';
import { ENTRIES } from './entries.ts';

describe('knowledge-base files', () => {
  it.each(['xlsx', 'csv'] as const)('read back a %s export as the same entries', async (format) => {
    const file = await readFaqFile(await writeFaqFile(ENTRIES, format), format);
    expect(file.problems).toEqual([]);
    // The header is row 1: entries start on row 2.
    expect(file.rows).toEqual(ENTRIES.map((entry, i) => ({ row: i + 2, entry })));
  });

  it('read back a JSON export as the same entries, numbered by place in the array', async () => {
    const file = await readFaqFile(await writeFaqFile(ENTRIES, 'json'), 'json');
    expect(file).toEqual({
      rows: ENTRIES.map((entry, i) => ({ row: i + 1, entry })),
      problems: [],
    });
  });

  it('write CSV that Excel opens as UTF-8, one row per entry', async () => {
    const csv = await writeFaqFile(ENTRIES.slice(0, 1), 'csv');
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(csv);
    expect(text.split('\r\n')[0]).toBe(
      'id,语言 lang,问题 question,相似问法 similar,关键词 keywords,答案 answer,分类 category,部门 department,状态 status',
    );
    // Cells with line breaks are quoted, so the lists and the answer stay in their cells.
    expect(text).toContain('"退货流程是什么\n我想退货","退货\n退款"');
  });

  it('leave empty optional fields out of JSON', async () => {
    const json: unknown = JSON.parse(new TextDecoder().decode(await writeFaqFile(ENTRIES, 'json')));
    expect(json).toContainEqual({
      id: '1001',
      question: 'WiFi 密码',
      similar: [],
      keywords: ['WiFi'],
      answer: '贴在收银台。',
      status: 'published',
    });
  });
});
