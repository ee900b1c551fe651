import type { ImportReport } from '../../protocol/faq-admin.ts';
import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';
import { readXlsx } from './read-xlsx.ts';
import { TEMPLATE_EXAMPLE, TEMPLATE_INSTRUCTIONS } from './template.ts';
import type { FaqFileContents } from './validate.ts';
import { writeCsv } from './write-csv.ts';
import { writeJson } from './write-json.ts';
import { writeXlsx } from './write-xlsx.ts';

export type FaqFileFormat = ImportReport['format'];
export const FAQ_FILE_FORMATS = ['xlsx', 'csv', 'json'] as const satisfies FaqFileFormat[];

/** Formats a department fills in by hand: JSON has no template. */
export type FaqTemplateFormat = Exclude<FaqFileFormat, 'json'>;

export const FAQ_FILE_TYPES: Record<FaqFileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Every entry of a file and every row that cannot be taken; throws FaqFileError for an unreadable file. */
export async function readFaqFile(
  bytes: Uint8Array,
  format: FaqFileFormat,
): Promise<FaqFileContents> {
  switch (format) {
    case 'xlsx':
      return readXlsx(bytes);
    case 'csv':
      return readCsv(bytes);
    case 'json':
      return readJson(bytes);
  }
}

export async function writeFaqFile(
  entries: readonly FaqImportEntry[],
  format: FaqFileFormat,
): Promise<Uint8Array> {
  switch (format) {
    case 'xlsx':
      return writeXlsx(entries);
    case 'csv':
      return writeCsv(entries);
    case 'json':
      return writeJson(entries);
  }
}

/** The headers and one example row; the XLSX template also explains each column in a second sheet. */
export async function faqTemplate(format: FaqTemplateFormat): Promise<Uint8Array> {
  return format === 'xlsx'
    ? writeXlsx([TEMPLATE_EXAMPLE], TEMPLATE_INSTRUCTIONS)
    : writeCsv([TEMPLATE_EXAMPLE]);
}
