import type ExcelJS from 'exceljs';
import {
  TICKET_TYPES,
  type Language,
  type MonthlyReport,
  type ReportTicketFigureKey,
} from '../../../protocol/index.ts';
import { TICKET_REPORT_TEXTS } from '../../../console/report/ticket-texts.ts';
import { XLSX_LABELS } from './xlsx-labels.ts';
import { addTable, NUMBER_FORMATS, type Cell, type ColumnFormat } from './xlsx-sheets.ts';

interface TicketLabels {
  figure: string;
  thisPeriod: string;
  previous: string;
  change: string;
  seconds: Record<'resolutionAverage' | 'resolutionP50', string>;
  department: string;
}

/** The work-order sheet's words, in both languages. */
const LABELS: Record<Language, TicketLabels> = {
  'zh-CN': {
    figure: '指标',
    thisPeriod: '本期',
    previous: '上期',
    change: '变化',
    // In seconds here, as the cells hold them; the other figures are named as in the report.
    seconds: { resolutionAverage: '平均办理时长（秒）', resolutionP50: '办理时长中位数（秒）' },
    department: '部门',
  },
  en: {
    figure: 'Figure',
    thisPeriod: 'This period',
    previous: 'Previous period',
    change: 'Change',
    seconds: {
      resolutionAverage: 'Average resolution time (s)',
      resolutionP50: 'Median resolution time (s)',
    },
    department: 'Department',
  },
};

const FORMATS: Record<ReportTicketFigureKey, ColumnFormat> = {
  created: 'count',
  resolved: 'count',
  resolvedOnTime: 'count',
  onTimeShare: 'share',
  resolutionAverage: 'seconds',
  resolutionP50: 'seconds',
  followUpBase: 'count',
  followedUp: 'count',
  followUpRate: 'share',
  returned: 'count',
  reopened: 'count',
  openAtEnd: 'count',
  overdueAtEnd: 'count',
};

/** 工单 / Work orders: the figures against the previous period, then department × type. */
export function addTicketSheet(
  workbook: ExcelJS.Workbook,
  report: MonthlyReport,
  lang: Language,
): void {
  const l = LABELS[lang];
  // The words the console's and the printable report use for the same table.
  const tt = TICKET_REPORT_TEXTS[lang];
  const names = { ...tt.figures, ...l.seconds };
  const { figures, previous, departments } = report.tickets;
  const keys = Object.keys(FORMATS) as ReportTicketFigureKey[];
  const rows = keys.map((key): Cell[] => {
    const now = figures[key];
    const before = previous[key];
    return [names[key], now, before, now !== null && before !== null ? now - before : null];
  });
  const columns = [l.figure, l.thisPeriod, l.previous, l.change].map((header, i) => ({
    header,
    format: i === 0 ? ('text' as const) : ('count' as const),
    width: i === 0 ? 34 : 16,
  }));
  const sheet = addTable(workbook, XLSX_LABELS[lang].sheets.tickets, columns, rows);
  keys.forEach((key, i) => {
    const row = sheet.getRow(2 + i);
    for (const col of [2, 3, 4]) row.getCell(col).numFmt = NUMBER_FORMATS[FORMATS[key]] ?? '0';
  });
  sheet.addRow([]);
  sheet.addRow([tt.departmentsTable]).font = { bold: true };
  sheet.addRow([l.department, tt.colTotal, ...TICKET_TYPES.map((t) => tt.types[t])]).font = {
    bold: true,
  };
  for (const d of departments) {
    const name = lang === 'zh-CN' ? d.nameZh : d.nameEn;
    sheet.addRow([name, d.created, ...TICKET_TYPES.map((t) => d.byType[t])]);
  }
  const types = report.tickets.types;
  sheet.addRow([tt.colTotal, figures.created, ...TICKET_TYPES.map((t) => types[t])]).font = {
    bold: true,
  };
}
