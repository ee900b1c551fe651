import { parse } from 'csv-parse/sync';
import { FaqFileError } from './errors.ts';
import { readTable } from './table.ts';
import { decodeUtf8 } from './text.ts';
import type { FaqFileContents } from './validate.ts';

/** Excel on Chinese Windows saves "CSV (逗号分隔)" in the ANSI code page, GBK; GB 18030 covers it. */
const gb18030 = new TextDecoder('gb18030');

/** A CSV file (UTF-8, with or without BOM, or GBK) whose first record holds the headers. */
export function readCsv(bytes: Uint8Array): FaqFileContents {
  const text = decodeUtf8(bytes) ?? gb18030.decode(bytes);
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, bom: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FaqFileError(`The CSV file cannot be read: ${reason}`, { cause: error });
  }
  // One record per row, blank lines included, so row numbers are those a spreadsheet shows.
  return readTable(records.map((cells, index) => ({ row: index + 1, cells })));
}
