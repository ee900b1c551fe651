import type ExcelJS from 'exceljs';
import type { ReportHeadlineKey } from '../../../protocol/index.ts';

/** How a column's numbers read: shares as percents, seconds and averages with decimals. */
export type ColumnFormat = 'text' | 'count' | 'share' | 'seconds' | 'average';

export const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: undefined,
  count: '0',
  share: '0.0%',
  seconds: '0.0',
  average: '0.00',
};

export interface Column {
  header: string;
  format: ColumnFormat;
  width?: number;
}

export type Cell = string | number | null;

/** A header row (bold, frozen) and the rows, each cell kept a number where it is one. */
export function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  intro: readonly (readonly Cell[])[] = [],
): ExcelJS.Worksheet {
  const ySplit = intro.length + 1;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit }] });
  sheet.columns = columns.map((c) => ({
    width: c.width ?? (c.format === 'text' ? 24 : 14),
    style: NUMBER_FORMATS[c.format] ? { numFmt: NUMBER_FORMATS[c.format] } : {},
  }));
  for (const row of intro) sheet.addRow([...row]);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  return sheet;
}

/** The number format of each headline figure. */
export const HEADLINE_FORMATS: Record<ReportHeadlineKey, ColumnFormat> = {
  conversations: 'count',
  visitorMessages: 'count',
  visitors: 'count',
  newVisitors: 'count',
  returningVisitors: 'count',
  botOnly: 'count',
  botOnlyShare: 'share',
  handoffs: 'count',
  handoffRate: 'share',
  leftMessages: 'count',
  queueWaitP50: 'seconds',
  queueWaitP90: 'seconds',
  abandoned: 'count',
  firstReplyP50: 'seconds',
  firstReplyP90: 'seconds',
  pickedUp: 'count',
  pickUpShare: 'share',
  handlingTimeP50: 'seconds',
  ratings: 'count',
  ratingAverage: 'average',
  satisfiedShare: 'share',
  complaints: 'count',
};
