import type { MonthlyReport } from '../../protocol/report.ts';
import {
  dailyVolumeOption,
  departmentTypesOption,
  gapGroupsOption,
  heatmapOption,
  pickUpOption,
  pickUpRows,
  responseTimesOption,
  satisfactionOption,
  topQuestionsOption,
  typesOption,
} from './chart-options.ts';
import type { ReportChartOption } from './chart-style.ts';
import { isEmpty } from './format.ts';
import type { ReportTexts } from './i18n.ts';
import {
  dailyTable,
  departmentsTable,
  gapsTable,
  heatmapTable,
  pickUpTable,
  questionsTable,
  responseTable,
  satisfactionTable,
  typesTable,
  type ReportTable,
} from './tables.ts';

export type ChartKey =
  | 'daily'
  | 'heatmap'
  | 'departmentTypes'
  | 'types'
  | 'topQuestions'
  | 'gapGroups'
  | 'responseTimes'
  | 'pickUp'
  | 'satisfaction';

/** A chart with its name and its data table: a chart alone tells a screen reader nothing. */
export interface ReportChart {
  key: ChartKey;
  title: string;
  option: ReportChartOption;
  table: ReportTable;
  /** Pixels; bar lists grow with their rows. */
  height: number;
}

type Builder = (report: MonthlyReport, tx: ReportTexts) => ReportChartOption;
type Tabler = (report: MonthlyReport, tx: ReportTexts) => ReportTable;

const barsHeight = (rows: number, legend: boolean) => 40 + (legend ? 28 : 0) + rows * 30;

/**
 * Every chart the report has data for (a month without ratings has no rating chart), with its
 * title, height and table: the console and the printable page draw the same set.
 */
export function reportCharts(
  report: MonthlyReport,
  tx: ReportTexts,
): Partial<Record<ChartKey, ReportChart>> {
  const charts: Partial<Record<ChartKey, ReportChart>> = {};
  if (isEmpty(report)) return charts;
  const add = (key: ChartKey, title: string, build: Builder, tabler: Tabler, height: number) => {
    charts[key] = { key, title, option: build(report, tx), table: tabler(report, tx), height };
  };
  const h = report.headline;
  add('daily', tx.chartDaily, dailyVolumeOption, dailyTable, 300);
  add('heatmap', tx.chartHeatmap, heatmapOption, heatmapTable, 300);
  const departments = report.departments.filter((d) => d.conversations > 0).length;
  add(
    'departmentTypes',
    tx.chartDepartmentTypes,
    departmentTypesOption,
    departmentsTable,
    barsHeight(departments, true),
  );
  add('types', tx.chartTypes, typesOption, typesTable, 280);
  const questions = Math.min(10, report.topQuestions.length);
  if (questions > 0) {
    add(
      'topQuestions',
      tx.chartTopQuestions,
      topQuestionsOption,
      questionsTable,
      barsHeight(questions, true),
    );
  }
  const gaps = Math.min(10, report.gapGroups.length);
  if (gaps > 0) add('gapGroups', tx.chartGaps, gapGroupsOption, gapsTable, barsHeight(gaps, false));
  if (h.handoffs > 0)
    add('responseTimes', tx.chartResponse, responseTimesOption, responseTable, 280);
  const pickUps = pickUpRows(report, tx).length;
  if (pickUps > 0) {
    const title = tx.pickUpChart(report.settings.pickUpSeconds);
    add('pickUp', title, pickUpOption, pickUpTable, barsHeight(pickUps, false) + 16);
  }
  if (h.ratings > 0) {
    add('satisfaction', tx.chartSatisfaction, satisfactionOption, satisfactionTable, 260);
  }
  return charts;
}
