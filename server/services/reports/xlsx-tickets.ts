import type ExcelJS from 'exceljs';
import {
  TICKET_TYPES,
  type Language,
  type MonthlyReport,
  type ReportTicketFigureKey,
  type TicketType,
} from '../../../protocol/index.ts';
import { XLSX_LABELS } from './xlsx-labels.ts';
import { addTable, NUMBER_FORMATS, type Cell, type ColumnFormat } from './xlsx-sheets.ts';

interface TicketLabels {
  figure: string;
  thisPeriod: string;
  previous: string;
  change: string;
  figures: Record<ReportTicketFigureKey, string>;
  byDepartment: string;
  department: string;
  total: string;
  types: Record<TicketType, string>;
}

/** The work-order sheet's words, in both languages. */
const LABELS: Record<Language, TicketLabels> = {
  'zh-CN': {
    figure: '指标',
    thisPeriod: '本期',
    previous: '上期',
    change: '变化',
    figures: {
      created: '新建工单',
      resolved: '办结工单',
      resolvedOnTime: '按时办结',
      onTimeShare: '按时办结率',
      resolutionAverage: '平均办理时长（秒）',
      resolutionP50: '办理时长中位数（秒）',
      followUpBase: '应回访工单',
      followedUp: '已回访',
      followUpRate: '回访率',
      returned: '退回次数',
      reopened: '重新打开次数',
      openAtEnd: '期末未办结',
      overdueAtEnd: '期末已超时',
    },
    byDepartment: '新建工单（部门 × 类型）',
    department: '部门',
    total: '合计',
    types: {
      consultation: '咨询',
      suggestion: '建议',
      opinion: '意见',
      complaint: '投诉',
      request: '诉求',
    },
  },
  en: {
    figure: 'Figure',
    thisPeriod: 'This period',
    previous: 'Previous period',
    change: 'Change',
    figures: {
      created: 'Tickets created',
      resolved: 'Tickets resolved',
      resolvedOnTime: 'Resolved on time',
      onTimeShare: 'On-time share',
      resolutionAverage: 'Average resolution time (s)',
      resolutionP50: 'Median resolution time (s)',
      followUpBase: 'Resolved needing a follow-up',
      followedUp: 'Followed up',
      followUpRate: 'Follow-up rate',
      returned: 'Returns',
      reopened: 'Reopenings',
      openAtEnd: 'Open at period end',
      overdueAtEnd: 'Overdue at period end',
    },
    byDepartment: 'Tickets created (department × type)',
    department: 'Department',
    total: 'Total',
    types: {
      consultation: 'Consultation',
      suggestion: 'Suggestion',
      opinion: 'Opinion',
      complaint: 'Complaint',
      request: 'Request',
    },
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
  const { figures, previous, departments } = report.tickets;
  const keys = Object.keys(FORMATS) as ReportTicketFigureKey[];
  const rows = keys.map((key): Cell[] => {
    const now = figures[key];
    const before = previous[key];
    return [l.figures[key], now, before, now !== null && before !== null ? now - before : null];
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
  sheet.addRow([l.byDepartment]).font = { bold: true };
  sheet.addRow([l.department, l.total, ...TICKET_TYPES.map((t) => l.types[t])]).font = {
    bold: true,
  };
  for (const d of departments) {
    const name = lang === 'zh-CN' ? d.nameZh : d.nameEn;
    sheet.addRow([name, d.created, ...TICKET_TYPES.map((t) => d.byType[t])]);
  }
  const types = report.tickets.types;
  sheet.addRow([l.total, figures.created, ...TICKET_TYPES.map((t) => types[t])]).font = {
    bold: true,
  };
}
