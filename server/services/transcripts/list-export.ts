import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { z } from 'zod';
import { loadExcelJS } from '../../../knowledge/io/load-exceljs.ts';
import { TRANSCRIPT_EXPORT_MAX, type Language } from '../../../protocol/index.ts';
import type { transcriptExportQuerySchema } from '../../../protocol/schemas/transcripts.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { transcriptFilter } from './filter.ts';
import { exportColumns } from './list-columns.ts';
import { localTime } from '../zoned-time.ts';
import { presentTranscriptRow } from './search.ts';

export type ListFormat = 'csv' | 'xlsx';

/** A file to download, streamed as it is written. */
export interface ListDownload {
  body: Readable;
  contentType: string;
  filename: string;
}

export const LIST_TYPES: Record<ListFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Excel runs a cell that starts with = + - @ (or a tab / CR) as a formula; visitors write
 * these cells, so such text is kept as text with a leading apostrophe.
 */
export function inert(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

type Rows = AsyncIterable<(string | number)[]> | Iterable<(string | number)[]>;

/** UTF-8 with a BOM and CRLF so Excel reads the Chinese; cells with line breaks are quoted. */
export function csv(header: string[], rows: Rows): Readable {
  const out = stringify({ bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  async function* lines() {
    yield header.map(inert);
    for await (const row of rows) yield row.map(inert);
  }
  void pipeline(Readable.from(lines()), out).catch((err: unknown) => out.destroy(err as Error));
  return out;
}

/** Written row by row with exceljs's streaming writer: an export never sits whole in memory. */
export function xlsxList(
  sheetName: string,
  widths: number[],
  header: string[],
  rows: Rows,
): Readable {
  const out = new PassThrough();
  const write = async () => {
    const ExcelJS = await loadExcelJS();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = widths.map((width) => ({ width }));
    const head = sheet.addRow(header);
    head.font = { bold: true };
    head.commit();
    for await (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err: unknown) => out.destroy(err as Error));
  return out;
}

/**
 * Every transcript the list shows for these filters (up to TRANSCRIPT_EXPORT_MAX), one row per
 * conversation, with department names and times on the desk's clock.
 */
export async function exportTranscriptList(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  agentId: string,
  query: z.output<typeof transcriptExportQuerySchema>,
  format: ListFormat,
): Promise<ListDownload> {
  const agent = await currentAgent(deps, agentId);
  // The list's paging comes along and is ignored: an export takes every page.
  const { lang: asked, ...filters } = query;
  const lang: Language = asked ?? agent.lang;
  const [filter, settings, departments] = await Promise.all([
    transcriptFilter(deps, agent, filters),
    getDeskSettings(deps),
    deps.store.departments.list(),
  ]);
  const { timeZone } = settings.businessHours;
  const columns = exportColumns(lang, timeZone, new Map(departments.map((d) => [d.id, d])));
  const header = columns.map((c) => c.label);
  async function* rows() {
    if (!filter) return;
    for await (const record of deps.store.transcripts.each(filter, TRANSCRIPT_EXPORT_MAX)) {
      const row = presentTranscriptRow(record);
      yield columns.map((c) => c.value(row));
    }
  }
  const day = localTime(deps.clock.now().toISOString(), timeZone).slice(0, 10);
  return {
    body:
      format === 'csv'
        ? csv(header, rows())
        : xlsxList(
            'Transcripts',
            columns.map((c) => c.width),
            header,
            rows(),
          ),
    contentType: LIST_TYPES[format],
    filename: `kefu-transcripts-${day}.${format}`,
  };
}
