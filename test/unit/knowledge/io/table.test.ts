import { describe, expect, it } from 'vitest';
import { FaqFileError, readFaqFile } from '../../../../knowledge/io/index.ts';
import { bytes } from './entries.ts';

const csv = (lines: string[]) => readFaqFile(bytes(lines.join('\n')), 'csv');

describe('reading a filled-in sheet', () => {
  it('takes headers in Chinese or English, in any order, and ignores other columns', async () => {
    const chinese = await csv([
      '答案,备注,问题,编号,相似问题',
      '七天内可退,张三负责,怎么退货,r1,退货流程',
    ]);
    const english = await csv([
      'Question,Answer,ID,Similar questions',
      '怎么退货,七天内可退,r1,退货流程',
    ]);
    for (const file of [chinese, english]) {
      expect(file.problems).toEqual([]);
      expect(file.rows).toEqual([
        {
          row: 2,
          entry: {
            id: 'r1',
            lang: null,
            question: '怎么退货',
            similar: ['退货流程'],
            keywords: [],
            answer: '七天内可退',
            category: null,
            department: null,
            status: 'published',
          },
        },
      ]);
    }
  });

  it('splits similar questions and keywords by line and by |', async () => {
    const file = await csv([
      'id,问题 question,相似问法 similar,关键词 keywords,答案 answer',
      'r1,怎么退货,"退货流程是什么|我想退货\n退货要多久 | ",退货 | 退款,七天内可退',
    ]);
    expect(file.rows[0]?.entry).toMatchObject({
      similar: ['退货流程是什么', '我想退货', '退货要多久'],
      keywords: ['退货', '退款'],
    });
  });

  it('reads the language and status as people write them', async () => {
    const file = await csv(['id,问题,答案,语言,状态', 'a,问,答,中文,草稿', 'b,q,a,English,已发布']);
    expect(file.rows.map((r) => [r.entry.lang, r.entry.status])).toEqual([
      ['zh-CN', 'draft'],
      ['en', 'published'],
    ]);
  });

  it('names each invalid row as the spreadsheet numbers it, with the reason', async () => {
    const file = await csv([
      'id,问题 question,答案 answer,语言 lang,状态 status',
      'ok,怎么退货,七天内可退,,',
      '',
      'no-question,,有答案,,',
      'has space,问,答,fr,later',
      'ok,重复的问题,答,,',
    ]);
    expect(file.rows.map((r) => r.row)).toEqual([2]);
    expect(file.problems.map((p) => p.row)).toEqual([4, 5, 6]);
    const [noQuestion, badValues, duplicate] = file.problems.map((p) => p.reason);
    expect(noQuestion).toBe('问题 question: missing');
    expect(badValues).toContain('id: 1–128 characters of A–Z, a–z, 0–9, _ . : -');
    expect(badValues).toMatch(/语言 lang: .*"zh-CN"/);
    expect(badValues).toMatch(/状态 status: .*"published"/);
    expect(duplicate).toBe('id ok is already used in row 2');
  });

  it('reports a sheet without the required columns on its header row', async () => {
    const file = await csv(['编号,问题', 'a,怎么退货']);
    expect(file).toEqual({
      rows: [],
      problems: [
        { row: 1, reason: 'no column for 答案 answer (row 1 must hold the column headers)' },
      ],
    });
  });

  it('reads a CSV saved by Chinese Excel in GBK', async () => {
    const gbk = new Uint8Array([
      // "id,问题,答案\na,你好,好" in GBK
      0x69, 0x64, 0x2c, 0xce, 0xca, 0xcc, 0xe2, 0x2c, 0xb4, 0xf0, 0xb0, 0xb8, 0x0a, 0x61, 0x2c,
      0xc4, 0xe3, 0xba, 0xc3, 0x2c, 0xba, 0xc3,
    ]);
    const file = await readFaqFile(gbk, 'csv');
    expect(file.rows[0]?.entry).toMatchObject({ id: 'a', question: '你好', answer: '好' });
  });

  it('refuses a CSV file it cannot parse', async () => {
    await expect(csv(['id,问题,答案', 'a,"unclosed,答'])).rejects.toThrow(FaqFileError);
  });
});
