import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { COLUMNS, FAQ_FIELDS, joinList, type FaqField } from './columns.ts';

function cellText(entry: FaqImportEntry, field: FaqField): string {
  switch (field) {
    case 'similar':
    case 'keywords':
      return joinList(entry[field]);
    default:
      return entry[field] ?? '';
  }
}

/** The header row, then one row per entry: what the XLSX and CSV writers put in cells. */
export function tableOf(entries: readonly FaqImportEntry[]): string[][] {
  return [
    FAQ_FIELDS.map((field) => COLUMNS[field].header),
    ...entries.map((entry) => FAQ_FIELDS.map((field) => cellText(entry, field))),
  ];
}
