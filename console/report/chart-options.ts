import type { MonthlyReport } from '../../protocol/report.ts';
import {
  base,
  horizontalBars,
  roundOrNull,
  BOT_COLOR,
  HANDOFF_COLOR,
  LABEL_WIDTH,
  LINE_COLOR,
  RATING_COLORS,
  TARGET_COLOR,
  TYPE_COLORS,
  TYPE_KEYS,
  type ReportChartOption,
} from './chart-style.ts';
import { departmentName, formatShare } from './format.ts';
import type { ReportTexts } from './i18n.ts';

/**
 * The report's charts as ECharts options, built from the report alone: no DOM, no ECharts
 * runtime. The console draws them in the browser and the server renders the very same options
 * to SVG for the printable page.
 */

/** Conversations per day: the bot's and the people's share stacked, the total as a line. */
export function dailyVolumeOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  return {
    ...base(),
    legend: { top: 0 },
    grid: {
      left: 24,
      right: 16,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'category', data: report.daily.map((d) => d.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: tx.seriesBotOnly,
        type: 'bar',
        stack: 'day',
        color: BOT_COLOR,
        data: report.daily.map((d) => d.botOnly),
      },
      {
        name: tx.seriesHandoffs,
        type: 'bar',
        stack: 'day',
        color: HANDOFF_COLOR,
        data: report.daily.map((d) => d.handoffs),
      },
      {
        name: tx.seriesConversations,
        type: 'line',
        color: LINE_COLOR,
        symbolSize: 5,
        data: report.daily.map((d) => d.conversations),
      },
    ],
  };
}

/** When conversations start: weekdays down, hours across, darker for more. */
export function heatmapOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  const cells = report.heatmap.flatMap((hours, day) => hours.map((n, hour) => [hour, day, n]));
  const max = Math.max(1, ...cells.map((c) => c[2] ?? 0));
  return {
    ...base(),
    tooltip: { position: 'top' },
    grid: {
      left: 24,
      right: 16,
      top: 8,
      bottom: 56,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: Array.from({ length: 24 }, (_, h) => String(h)),
      splitArea: { show: true },
    },
    yAxis: { type: 'category', data: [...tx.weekdays], inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: [String(max), '0'],
      inRange: { color: ['#f0f4fa', '#1f6feb', '#0b2e6b'] },
    },
    series: [{ type: 'heatmap', name: tx.chartHeatmap, data: cells }],
  };
}

/** Each department's conversations, split by the type they were closed with. */
export function departmentTypesOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  const departments = report.departments.filter((d) => d.conversations > 0);
  return {
    ...base(),
    legend: { top: 0 },
    grid: {
      left: 24,
      right: 24,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: departments.map((d) => departmentName(d, tx)),
      axisLabel: { width: LABEL_WIDTH, overflow: 'truncate' },
    },
    series: TYPE_KEYS.map((type) => ({
      name: tx.types[type],
      type: 'bar' as const,
      stack: 'type',
      color: TYPE_COLORS[type],
      data: departments.map((d) => d.byType[type]),
    })),
  };
}

/** The share of each type (咨询/建议/意见/投诉, or not classified). */
export function typesOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  const slices = TYPE_KEYS.filter((type) => report.types[type] > 0);
  return {
    ...base(),
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        name: tx.chartTypes,
        radius: ['35%', '65%'],
        label: { formatter: '{b}: {c} ({d}%)' },
        data: slices.map((type) => ({
          name: tx.types[type],
          value: report.types[type],
          itemStyle: { color: TYPE_COLORS[type] },
        })),
      },
    ],
  };
}

/** The FAQ entries the bot answered most, and how often a person was asked for right after. */
export function topQuestionsOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  const rows = report.topQuestions.slice(0, 10);
  return horizontalBars(
    rows.map((q) => q.question),
    [
      { name: tx.colHits, color: LINE_COLOR, data: rows.map((q) => q.hits) },
      { name: tx.colHandoffsAfter, color: HANDOFF_COLOR, data: rows.map((q) => q.handoffsAfter) },
    ],
  );
}

/** The largest groups of questions the bot could not settle. */
export function gapGroupsOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  const rows = report.gapGroups.slice(0, 10);
  return horizontalBars(
    rows.map((g) => g.representative),
    [{ name: tx.colCount, color: '#8250df', data: rows.map((g) => g.count) }],
  );
}

/** Queue wait and first reply, median and 90th percentile, in seconds. */
export function responseTimesOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  const h = report.headline;
  return {
    ...base(),
    legend: { top: 0 },
    grid: {
      left: 24,
      right: 16,
      top: 36,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'category', data: [tx.queueWait, tx.firstReply] },
    yAxis: { type: 'value', name: tx.seconds },
    series: [
      {
        name: tx.seriesP50,
        type: 'bar',
        color: LINE_COLOR,
        label: { show: true, position: 'top' },
        data: [h.queueWaitP50, h.firstReplyP50].map(roundOrNull),
      },
      {
        name: tx.seriesP90,
        type: 'bar',
        color: '#0b2e6b',
        label: { show: true, position: 'top' },
        data: [h.queueWaitP90, h.firstReplyP90].map(roundOrNull),
      },
    ],
  };
}

/** Share picked up within the threshold, per department and per agent, against the target. */
export function pickUpOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  const rows = pickUpRows(report, tx);
  const target = report.settings.pickUpTarget;
  return {
    ...base(),
    grid: {
      left: 24,
      right: 48,
      top: 24,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { width: LABEL_WIDTH, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: tx.pickUpShare(report.settings.pickUpSeconds),
        data: rows.map((r) => ({
          value: Math.round(r.share * 1000) / 10,
          itemStyle: { color: r.share >= target ? BOT_COLOR : HANDOFF_COLOR },
        })),
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine: {
          symbol: 'none',
          lineStyle: { color: TARGET_COLOR, type: 'dashed', width: 2 },
          // The category axis runs top to bottom, so the line's start is at the top.
          label: { formatter: tx.target(formatShare(target, tx)), position: 'start' },
          data: [{ xAxis: target * 100 }],
        },
      },
    ],
  };
}

/** Departments first, then agents; only those with someone to count. */
export function pickUpRows(
  report: MonthlyReport,
  tx: ReportTexts,
): { label: string; share: number }[] {
  const rows: { label: string; share: number }[] = [];
  for (const d of report.departments) {
    if (d.id !== null && d.pickUpShare !== null) {
      rows.push({ label: `${tx.colDepartment} · ${departmentName(d, tx)}`, share: d.pickUpShare });
    }
  }
  for (const a of report.agents) {
    if (a.pickUpShare !== null)
      rows.push({ label: `${tx.colAgent} · ${a.name}`, share: a.pickUpShare });
  }
  return rows;
}

/** How many ratings of each score, 1 to 5 stars. */
export function satisfactionOption(report: MonthlyReport, tx: ReportTexts): ReportChartOption {
  return {
    ...base(),
    grid: {
      left: 24,
      right: 16,
      top: 24,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'category', data: [1, 2, 3, 4, 5].map((n) => tx.stars(n)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: tx.chartSatisfaction,
        label: { show: true, position: 'top' },
        data: report.satisfaction.distribution.map((n, i) => ({
          value: n,
          itemStyle: { color: RATING_COLORS[i] ?? LINE_COLOR },
        })),
      },
    ],
  };
}
