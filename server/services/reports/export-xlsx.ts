import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../../knowledge/io/load-exceljs.ts';
import {
  CLOSE_TYPES,
  type Language,
  type MonthlyReport,
  type ReportHeadlineKey,
  type ReportPeriod,
  type ReportTypeKey,
} from '../../../protocol/index.ts';
import { XLSX_LABELS, type XlsxLabels } from './xlsx-labels.ts';
import { addTable, HEADLINE_FORMATS, NUMBER_FORMATS, type Cell } from './xlsx-sheets.ts';
import { addSurveySheet } from './xlsx-surveys.ts';
import { addTicketSheet } from './xlsx-tickets.ts';

const periodText = (p: ReportPeriod) => p.month ?? `${p.from} – ${p.to}`;

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const TYPE_KEYS: readonly ReportTypeKey[] = [...CLOSE_TYPES, 'unclassified'];

/** Headline, previous period and the change, each row in its figure's number format. */
function summary(workbook: ExcelJS.Workbook, report: MonthlyReport, l: XlsxLabels): void {
  const keys = Object.keys(HEADLINE_FORMATS) as ReportHeadlineKey[];
  const intro: Cell[][] = [
    [l.title],
    [l.period, periodText(report.period)],
    [l.previousPeriod, periodText(report.previousPeriod)],
    [l.timeZone, report.period.timeZone],
    [l.generatedAt, report.generatedAt],
    [l.pickUpSeconds, report.settings.pickUpSeconds],
    [],
  ];
  const rows = keys.map((key): Cell[] => {
    const now = report.headline[key];
    const before = report.previous[key];
    return [l.headline[key], now, before, now !== null && before !== null ? now - before : null];
  });
  const columns = [l.figure, l.thisPeriod, l.previous, l.change].map((header, i) => ({
    header,
    format: i === 0 ? ('text' as const) : ('count' as const),
    width: i === 0 ? 30 : 14,
  }));
  const sheet = addTable(workbook, l.sheets.summary, columns, rows, intro);
  sheet.getRow(1).font = { bold: true, size: 14 };
  keys.forEach((key, i) => {
    const row = sheet.getRow(intro.length + 2 + i);
    for (const col of [2, 3, 4])
      row.getCell(col).numFmt = NUMBER_FORMATS[HEADLINE_FORMATS[key]] ?? '';
  });
}

function departmentName(d: MonthlyReport['departments'][number], lang: Language): string {
  return lang === 'zh-CN' ? d.nameZh : d.nameEn;
}

/**
 * The report as a workbook, one sheet per section, labels in `lang`; numbers stay numbers
 * (shares formatted as percents, durations in seconds) so the figures can be worked on.
 */
export async function reportWorkbook(report: MonthlyReport, lang: Language): Promise<Uint8Array> {
  const l = XLSX_LABELS[lang];
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.created = new Date(report.generatedAt);
  summary(workbook, report, l);

  addTable(
    workbook,
    l.sheets.daily,
    [
      { header: l.date, format: 'text', width: 14 },
      { header: l.conversations, format: 'count' },
      { header: l.visitorMessages, format: 'count' },
      { header: l.handoffs, format: 'count' },
      { header: l.botOnly, format: 'count' },
    ],
    report.daily.map((d) => [d.date, d.conversations, d.visitorMessages, d.handoffs, d.botOnly]),
  );

  addTable(
    workbook,
    l.sheets.heatmap,
    [
      { header: l.weekdayHour, format: 'text', width: 16 },
      ...HOURS.map((h) => ({ header: String(h), format: 'count' as const, width: 6 })),
    ],
    report.heatmap.map((hours, day) => [l.weekdays[day] ?? '', ...hours]),
  );

  addTable(
    workbook,
    l.sheets.departments,
    [
      { header: l.department, format: 'text' },
      { header: l.conversations, format: 'count' },
      { header: l.handoffs, format: 'count' },
      ...TYPE_KEYS.map((t) => ({ header: l.types[t], format: 'count' as const })),
      { header: l.pickUpShare, format: 'share' },
      { header: l.firstReplyP50, format: 'seconds' },
      { header: l.ratings, format: 'count' },
      { header: l.ratingAverage, format: 'average' },
    ],
    report.departments.map((d) => [
      departmentName(d, lang),
      d.conversations,
      d.handoffs,
      ...TYPE_KEYS.map((t) => d.byType[t]),
      d.pickUpShare,
      d.firstReplyP50,
      d.ratings,
      d.ratingAverage,
    ]),
  );

  const names = new Map(report.departments.map((d) => [d.id, departmentName(d, lang)]));
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
  const total = report.headline.conversations;
  addTable(
    workbook,
    l.sheets.types,
    [
      { header: l.type, format: 'text' },
      { header: l.conversations, format: 'count' },
      { header: l.share, format: 'share' },
    ],
    TYPE_KEYS.map((t) => [l.types[t], report.types[t], total ? report.types[t] / total : null]),
  );

  addTable(
    workbook,
    l.sheets.questions,
    [
      { header: l.question, format: 'text', width: 48 },
      { header: l.language, format: 'text', width: 10 },
      { header: l.department, format: 'text', width: 16 },
      { header: l.hits, format: 'count' },
      { header: l.helpful, format: 'count' },
      { header: l.unhelpful, format: 'count' },
      { header: l.handoffsAfter, format: 'count' },
    ],
    report.topQuestions.map((q) => [
      q.question,
      q.lang,
      nameOf(q.departmentId),
      q.hits,
      q.helpful,
      q.unhelpful,
      q.handoffsAfter,
    ]),
  );

  addTable(
    workbook,
    l.sheets.gaps,
    [
      { header: l.representative, format: 'text', width: 48 },
      { header: l.asked, format: 'count' },
      { header: l.examples, format: 'text', width: 80 },
    ],
    report.gapGroups.map((g) => [g.representative, g.count, g.examples.join('\n')]),
  );

  addTable(
    workbook,
    l.sheets.agents,
    [
      { header: l.agent, format: 'text' },
      { header: l.chats, format: 'count' },
      { header: l.messages, format: 'count' },
      { header: l.firstReplyP50, format: 'seconds' },
      { header: l.firstReplyP90, format: 'seconds' },
      { header: l.pickUpShare, format: 'share' },
      { header: l.handlingTimeP50, format: 'seconds' },
      { header: l.ratings, format: 'count' },
      { header: l.ratingAverage, format: 'average' },
    ],
    report.agents.map((a) => [
      a.name,
      a.chats,
      a.messages,
      a.firstReplyP50,
      a.firstReplyP90,
      a.pickUpShare,
      a.handlingTimeP50,
      a.ratings,
      a.ratingAverage,
    ]),
  );

  const { distribution, comments } = report.satisfaction;
  const rated = distribution.reduce((n, c) => n + c, 0);
  addTable(
    workbook,
    l.sheets.satisfaction,
    [
      { header: l.rating, format: 'count' },
      { header: l.meaning, format: 'text', width: 16 },
      { header: l.ratings, format: 'count' },
      { header: l.share, format: 'share' },
    ],
    distribution.map((n, i) => [i + 1, l.ratingNames[i] ?? '', n, rated ? n / rated : null]),
  );

  addTable(
    workbook,
    l.sheets.comments,
    [
      { header: l.ratedAt, format: 'text' },
      { header: l.rating, format: 'count', width: 8 },
      { header: l.comment, format: 'text', width: 60 },
      { header: l.agent, format: 'text', width: 16 },
      { header: l.department, format: 'text', width: 16 },
      { header: l.conversation, format: 'text' },
    ],
    comments.map((c) => [
      c.ratedAt,
      c.rating,
      c.comment,
      c.agentName,
      nameOf(c.departmentId),
      c.conversationId,
    ]),
  );
  addTicketSheet(workbook, report, lang);
  addSurveySheet(workbook, report, lang);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
