import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  FaqFileError,
  faqTemplate,
  readFaqFile,
  TEMPLATE_EXAMPLE,
} from '../../../../knowledge/io/index.ts';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('reading XLSX', () => {
  it('reads a sheet made in a spreadsheet app: numbers, rich text and formulas as shown', async () => {
    const file = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('部门问答');
      sheet.addRow(['编号', '问题', '答案', '关键词']);
      sheet.addRow([
        1001,
        { richText: [{ text: '怎么' }, { text: '退货', font: { bold: true } }] },
        '七天内可退',
        { formula: '"退货"&"|退款"', result: '退货|退款' },
      ]);
    });
    const { rows, problems } = await readFaqFile(file, 'xlsx');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 2,
      entry: { id: '1001', question: '怎么退货', answer: '七天内可退', keywords: ['退货', '退款'] },
    });
  });

  it('finds the entries on whichever sheet has the headers', async () => {
    const file = await workbookBytes((workbook) => {
      workbook.addWorksheet('说明').addRow(['请在下一页填写']);
      const sheet = workbook.addWorksheet('FAQ');
      sheet.addRow(['id', 'question', 'answer']);
      sheet.addRow(['a', 'q', 'x']);
    });
    expect((await readFaqFile(file, 'xlsx')).rows.map((r) => r.entry.id)).toEqual(['a']);
  });

  it('refuses a file that is not a workbook', async () => {
    const notXlsx = new TextEncoder().encode('id,question,answer\n');
    await expect(readFaqFile(notXlsx, 'xlsx')).rejects.toThrow(FaqFileError);
  });
});

describe('the template departments fill in', () => {
  it('holds the headers, one example row, and instructions in Chinese and English', async () => {
    const bytes = await faqTemplate('xlsx');
    expect(await readFaqFile(bytes, 'xlsx')).toEqual({
      rows: [{ row: 2, entry: TEMPLATE_EXAMPLE }],
      problems: [],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    const notes = workbook.getWorksheet('说明 Instructions');
    const lines = notes?.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    expect(lines).toContain('问题 question');
    expect(lines).toContainEqual(expect.stringContaining('每行一个'));
    expect(lines).toContainEqual(expect.stringContaining('one per line'));
  });

  it('comes as CSV too, with the same example row', async () => {
    expect(await readFaqFile(await faqTemplate('csv'), 'csv')).toEqual({
      rows: [{ row: 2, entry: TEMPLATE_EXAMPLE }],
      problems: [],
    });
  });
});
