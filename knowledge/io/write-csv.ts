import { stringify } from 'csv-stringify/sync';
import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { tableOf } from './write-table.ts';

/**
 * UTF-8 with a byte-order mark and CRLF line ends, so Excel opens Chinese text correctly.
 * A cell with a line break of its own (lists, answers) is quoted: the stringifier quotes
 * only the record delimiter by itself, and Excel would split the row at a bare LF.
 */
export function writeCsv(entries: readonly FaqImportEntry[]): Uint8Array {
  const text = stringify(tableOf(entries), {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
  return new TextEncoder().encode(text);
}
