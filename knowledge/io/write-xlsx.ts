import { loadExcelJS } from './load-exceljs.ts';
import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { FAQ_FIELDS, type FaqField } from './columns.ts';
import { tableOf } from './write-table.ts';

const WIDTHS: Record<FaqField, number> = {
  id: 24,
  lang: 10,
  question: 36,
  similar: 40,
  keywords: 20,
  answer: 60,
  category: 18,
  department: 14,
  status: 12,
};

/** Lists and answers span lines; cells wrap so the lines show. */
const WRAPPED: readonly FaqField[] = ['question', 'similar', 'keywords', 'answer'];

/** A workbook with one sheet of entries (header row frozen) and, for a template, a sheet of instructions. */
export async function writeXlsx(
  entries: readonly FaqImportEntry[],
  instructions?: { sheet: string; rows: readonly (readonly string[])[] },
): Promise<Uint8Array> {
  const workbook = new (await loadExcelJS()).Workbook();
  const sheet = workbook.addWorksheet('FAQ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = FAQ_FIELDS.map((field) => ({
    key: field,
    width: WIDTHS[field],
    ...(WRAPPED.includes(field) && { style: { alignment: { wrapText: true, vertical: 'top' } } }),
  }));
  sheet.addRows(tableOf(entries));
  sheet.getRow(1).font = { bold: true };
  if (instructions) {
    const notes = workbook.addWorksheet(instructions.sheet);
    notes.columns = [{ width: 20 }, { width: 70 }, { width: 70 }].map((column) => ({
      ...column,
      style: { alignment: { wrapText: true, vertical: 'top' } },
    }));
    notes.addRows(instructions.rows.map((row) => [...row]));
    notes.getRow(1).font = { bold: true };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
