import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs.ts';
import { fieldOfHeader } from './columns.ts';
import { FaqFileError } from './errors.ts';
import { readTable, type TableRow } from './table.ts';
import type { FaqFileContents } from './validate.ts';

/** Cells as the spreadsheet shows them: formulas by their result, rich text as plain text. */
function cellsOf(row: ExcelJS.Row): string[] {
  const cells: string[] = [];
  for (let column = 1; column <= row.cellCount; column++) cells.push(row.getCell(column).text);
  return cells;
}

/** The template's second sheet holds instructions: read the first one that has an id column. */
function entriesSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const named = workbook.worksheets.find((sheet) =>
    cellsOf(sheet.getRow(1)).some((text) => fieldOfHeader(text) === 'id'),
  );
  return named ?? workbook.worksheets[0];
}

export async function readXlsx(bytes: Uint8Array): Promise<FaqFileContents> {
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy of the bytes is one.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new FaqFileError('The file is not a readable XLSX workbook.', { cause: error });
  }
  const sheet = entriesSheet(workbook);
  if (sheet === undefined) return { rows: [], problems: [] };
  const rows: TableRow[] = [];
  sheet.eachRow((row, number) => {
    rows.push({ row: number, cells: cellsOf(row) });
  });
  return readTable(rows);
}
