import type { FaqEntryStatus } from '../../protocol/faq-admin.ts';
import type { Language } from '../../protocol/language.ts';
import { COLUMNS, REQUIRED_FIELDS, fieldOfHeader, splitList, type FaqField } from './columns.ts';
import { validateEntries, type FaqFileContents } from './validate.ts';

/** One row of a sheet or CSV file, its cells as text; `row` as the file shows it (from 1). */
export interface TableRow {
  row: number;
  cells: readonly string[];
}

/** What people write in the language and status columns, besides Kefu's own values. */
const LANGUAGES: Record<string, Language> = {
  'zh-cn': 'zh-CN',
  zh: 'zh-CN',
  中文: 'zh-CN',
  简体中文: 'zh-CN',
  en: 'en',
  english: 'en',
  英文: 'en',
  英语: 'en',
};
const STATUSES: Record<string, FaqEntryStatus> = {
  published: 'published',
  发布: 'published',
  已发布: 'published',
  draft: 'draft',
  草稿: 'draft',
};

function cellValue(field: FaqField, text: string): unknown {
  switch (field) {
    case 'similar':
    case 'keywords':
      return splitList(text);
    case 'lang':
      return LANGUAGES[text.toLowerCase()] ?? text;
    case 'status':
      return STATUSES[text.toLowerCase()] ?? text;
    default:
      return text;
  }
}

/** Empty cells are left out, so the schema's defaults apply and a missing value says so. */
function entryOf(cells: readonly string[], columns: ReadonlyMap<FaqField, number>): object {
  const value: Record<string, unknown> = {};
  for (const [field, index] of columns) {
    const text = cells[index]?.trim() ?? '';
    if (text !== '') value[field] = cellValue(field, text);
  }
  return value;
}

function columnsOf(header: TableRow): { columns: Map<FaqField, number>; faults: string[] } {
  const columns = new Map<FaqField, number>();
  const faults: string[] = [];
  header.cells.forEach((text, index) => {
    // Other columns (notes, owner …) are the department's own and are left alone.
    const field = fieldOfHeader(text);
    if (field === null) return;
    if (columns.has(field)) faults.push(`two columns are ${COLUMNS[field].header}`);
    else columns.set(field, index);
  });
  const missing = REQUIRED_FIELDS.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    const names = missing.map((field) => COLUMNS[field].header).join(', ');
    faults.push(`no column for ${names} (row 1 must hold the column headers)`);
  }
  return { columns, faults };
}

/** A sheet whose first row holds the headers; blank rows are skipped. */
export function readTable(rows: readonly TableRow[]): FaqFileContents {
  const [header, ...body] = rows;
  if (header === undefined) return { rows: [], problems: [] };
  if (header.row !== 1) {
    return { rows: [], problems: [{ row: 1, reason: 'row 1 must hold the column headers' }] };
  }
  const { columns, faults } = columnsOf(header);
  if (faults.length > 0) return { rows: [], problems: [{ row: 1, reason: faults.join('; ') }] };
  return validateEntries(
    body
      .filter((r) => r.cells.some((cell) => cell.trim() !== ''))
      .map((r) => ({ row: r.row, value: entryOf(r.cells, columns) })),
  );
}
