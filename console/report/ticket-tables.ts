import type { MonthlyReport, ReportTicketFigureKey } from '../../protocol/report.ts';
import { TICKET_TYPES } from '../../protocol/tickets.ts';
import { changeBetween, departmentName, formatCount, formatShare, type Kind } from './format.ts';
import type { ReportTexts } from './i18n.ts';
import type { ReportTable } from './tables.ts';
import { TICKET_REPORT_TEXTS } from './ticket-texts.ts';

/** What each work-order figure is, and which way is better (null: a volume). */
const FIGURES: Record<ReportTicketFigureKey, { kind: Kind; better: 'up' | 'down' | null }> = {
  created: { kind: 'count', better: null },
  resolved: { kind: 'count', better: null },
  resolvedOnTime: { kind: 'count', better: null },
  onTimeShare: { kind: 'share', better: 'up' },
  resolutionAverage: { kind: 'seconds', better: 'down' },
  resolutionP50: { kind: 'seconds', better: 'down' },
  followUpBase: { kind: 'count', better: null },
  followedUp: { kind: 'count', better: null },
  followUpRate: { kind: 'share', better: 'up' },
  returned: { kind: 'count', better: 'down' },
  reopened: { kind: 'count', better: 'down' },
  openAtEnd: { kind: 'count', better: null },
  overdueAtEnd: { kind: 'count', better: 'down' },
};

const KEYS = Object.keys(FIGURES) as ReportTicketFigureKey[];

/** Resolution takes hours or days, not seconds: hours with one decimal. */
function formatValue(key: ReportTicketFigureKey, value: number | null, tx: ReportTexts): string {
  const { kind } = FIGURES[key];
  if (value === null) return tx.none;
  if (kind === 'share') return formatShare(value, tx);
  if (kind === 'seconds') {
    const hours = new Intl.NumberFormat(tx.locale, { maximumFractionDigits: 1 }).format(
      value / 3600,
    );
    return TICKET_REPORT_TEXTS[tx.locale].hours(hours);
  }
  return formatCount(value, tx);
}

/** Nothing created, resolved, returned or reopened in the period, and nothing open at its end. */
export function noTickets(report: MonthlyReport): boolean {
  const { figures } = report.tickets;
  return KEYS.every((key) => !figures[key]);
}

/** Every work-order figure: this period, the previous one, and the change in words. */
export function ticketFiguresTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  const tt = TICKET_REPORT_TEXTS[tx.locale];
  const { figures, previous } = report.tickets;
  return {
    caption: tt.figuresTable,
    columns: [tx.colFigure, tx.colThis, tx.colPrevious, tx.colChange],
    numeric: [false, true, true, false],
    rows: KEYS.map((key) => {
      const change = changeBetween(figures[key], previous[key], FIGURES[key], tx);
      const judgement = change.judgement === 'neutral' ? '' : ` (${tx[change.judgement]})`;
      return [
        tt.figures[key],
        formatValue(key, figures[key], tx),
        formatValue(key, previous[key], tx),
        `${change.arrow} ${change.text}${judgement}`.trim(),
      ];
    }),
  };
}

/** Tickets created in the period per department and type, with a total row. */
export function ticketDepartmentsTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  const tt = TICKET_REPORT_TEXTS[tx.locale];
  const { departments, types, figures } = report.tickets;
  return {
    caption: tt.departmentsTable,
    columns: [tx.colDepartment, tt.colTotal, ...TICKET_TYPES.map((t) => tt.types[t])],
    numeric: [false, true, ...TICKET_TYPES.map(() => true)],
    rows: [
      ...departments.map((d) => [
        departmentName(d, tx),
        formatCount(d.created, tx),
        ...TICKET_TYPES.map((t) => formatCount(d.byType[t], tx)),
      ]),
      [
        tt.colTotal,
        formatCount(figures.created, tx),
        ...TICKET_TYPES.map((t) => formatCount(types[t], tx)),
      ],
    ],
  };
}
