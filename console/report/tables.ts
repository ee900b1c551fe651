import type { MonthlyReport } from '../../protocol/report.ts';
import { pickUpRows } from './chart-options.ts';
import { TYPE_KEYS } from './chart-style.ts';
import {
  changeOf,
  departmentName,
  figureLabel,
  formatCount,
  formatFigure,
  formatRating,
  formatSeconds,
  formatShare,
  HEADLINE_KEYS,
} from './format.ts';
import type { ReportTexts } from './i18n.ts';

/**
 * The report's tables as plain rows of text: the console draws them as JSX, the printable page
 * as HTML, and each chart's data table comes from here, so the two never disagree.
 */
export interface ReportTable {
  caption: string;
  columns: string[];
  /** Per column: numbers line up on the right. */
  numeric: boolean[];
  rows: string[][];
}

function table(caption: string, columns: [string, boolean][], rows: string[][]): ReportTable {
  return {
    caption,
    columns: columns.map(([name]) => name),
    numeric: columns.map(([, n]) => n),
    rows,
  };
}

/** Every headline figure: this period, the previous one, and the change in words. */
export function headlineTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  return table(
    tx.headlineTable,
    [
      [tx.colFigure, false],
      [tx.colThis, true],
      [tx.colPrevious, true],
      [tx.colChange, false],
    ],
    HEADLINE_KEYS.map((key) => {
      const change = changeOf(key, report.headline, report.previous, tx);
      const judgement = change.judgement === 'neutral' ? '' : ` (${tx[change.judgement]})`;
      return [
        figureLabel(key, report.settings, tx),
        formatFigure(key, report.headline[key], tx),
        formatFigure(key, report.previous[key], tx),
        `${change.arrow} ${change.text}${judgement}`.trim(),
      ];
    }),
  );
}

export function dailyTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  return table(
    tx.chartDaily,
    [
      [tx.colDate, false],
      [tx.seriesConversations, true],
      [tx.seriesBotOnly, true],
      [tx.seriesHandoffs, true],
      [tx.seriesVisitorMessages, true],
    ],
    report.daily.map((d) => [
      d.date,
      ...[d.conversations, d.botOnly, d.handoffs, d.visitorMessages].map((n) => formatCount(n, tx)),
    ]),
  );
}

export function heatmapTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  return table(
    tx.chartHeatmap,
    [
      [tx.colWeekday, false],
      ...Array.from({ length: 24 }, (_, h): [string, boolean] => [String(h), true]),
    ],
    report.heatmap.map((hours, day) => [
      tx.weekdays[day] ?? '',
      ...hours.map((n) => formatCount(n, tx)),
    ]),
  );
}

export function departmentsTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  return table(
    tx.chartDepartmentTypes,
    [
      [tx.colDepartment, false],
      [tx.colConversations, true],
      [tx.colHandoffs, true],
      ...TYPE_KEYS.map((type): [string, boolean] => [tx.types[type], true]),
      [tx.pickUpShare(report.settings.pickUpSeconds), true],
      [tx.colFirstReplyP50, true],
      [tx.colRatingAverage, true],
    ],
    report.departments.map((d) => [
      departmentName(d, tx),
      formatCount(d.conversations, tx),
      formatCount(d.handoffs, tx),
      ...TYPE_KEYS.map((type) => formatCount(d.byType[type], tx)),
      formatShare(d.pickUpShare, tx),
      formatSeconds(d.firstReplyP50, tx),
      formatRating(d.ratingAverage, tx),
    ]),
  );
}

export function typesTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  const total = TYPE_KEYS.reduce((sum, type) => sum + report.types[type], 0);
  return table(
    tx.chartTypes,
    [
      [tx.colType, false],
      [tx.colConversations, true],
      ['%', true],
    ],
    TYPE_KEYS.map((type) => [
      tx.types[type],
      formatCount(report.types[type], tx),
      formatShare(total === 0 ? null : report.types[type] / total, tx),
    ]),
  );
}

export function questionsTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  return table(
    tx.chartTopQuestions,
    [
      [tx.colQuestion, false],
      [tx.colHits, true],
      [tx.colHelpful, true],
      [tx.colUnhelpful, true],
      [tx.colHandoffsAfter, true],
    ],
    report.topQuestions.map((q) => [
      q.question,
      ...[q.hits, q.helpful, q.unhelpful, q.handoffsAfter].map((n) => formatCount(n, tx)),
    ]),
  );
}

export function gapsTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  return table(
    tx.chartGaps,
    [
      [tx.colQuestion, false],
      [tx.colCount, true],
      [tx.colExamples, false],
    ],
    report.gapGroups.map((g) => [
      g.representative,
      formatCount(g.count, tx),
      g.examples.join(' / '),
    ]),
  );
}

export function responseTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  const h = report.headline;
  return table(
    tx.chartResponse,
    [
      [tx.colFigure, false],
      [tx.seriesP50, true],
      [tx.seriesP90, true],
    ],
    [
      [tx.queueWait, formatSeconds(h.queueWaitP50, tx), formatSeconds(h.queueWaitP90, tx)],
      [tx.firstReply, formatSeconds(h.firstReplyP50, tx), formatSeconds(h.firstReplyP90, tx)],
    ],
  );
}

export function pickUpTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  const seconds = report.settings.pickUpSeconds;
  return table(
    `${tx.pickUpChart(seconds)} (${tx.target(formatShare(report.settings.pickUpTarget, tx))})`,
    [
      [tx.colFigure, false],
      [tx.pickUpShare(seconds), true],
    ],
    pickUpRows(report, tx).map((r) => [r.label, formatShare(r.share, tx)]),
  );
}

export function agentsTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  return table(
    tx.agentsTable,
    [
      [tx.colAgent, false],
      [tx.colChats, true],
      [tx.colMessages, true],
      [tx.colFirstReplyP50, true],
      [tx.colFirstReplyP90, true],
      [tx.pickUpShare(report.settings.pickUpSeconds), true],
      [tx.colHandling, true],
      [tx.colRatings, true],
      [tx.colRatingAverage, true],
    ],
    report.agents.map((a) => [
      a.name,
      formatCount(a.chats, tx),
      formatCount(a.messages, tx),
      formatSeconds(a.firstReplyP50, tx),
      formatSeconds(a.firstReplyP90, tx),
      formatShare(a.pickUpShare, tx),
      formatSeconds(a.handlingTimeP50, tx),
      formatCount(a.ratings, tx),
      formatRating(a.ratingAverage, tx),
    ]),
  );
}

export function satisfactionTable(report: MonthlyReport, tx: ReportTexts): ReportTable {
  const total = report.satisfaction.distribution.reduce((sum, n) => sum + n, 0);
  return table(
    tx.chartSatisfaction,
    [
      [tx.colRating, false],
      [tx.colRatings, true],
      ['%', true],
    ],
    report.satisfaction.distribution.map((n, i) => [
      tx.stars(i + 1),
      formatCount(n, tx),
      formatShare(total === 0 ? null : n / total, tx),
    ]),
  );
}
