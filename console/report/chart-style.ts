import type {
  BarSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
} from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { CLOSE_TYPES } from '../../protocol/conversation.ts';
import type { ReportTypeKey } from '../../protocol/report.ts';

/**
 * What every report chart shares: the option type, colours, font and common shapes. Only types
 * come from ECharts, so the option builders stay free of its runtime.
 */
export type ReportChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export const TYPE_KEYS: readonly ReportTypeKey[] = [...CLOSE_TYPES, 'unclassified'];

export const TYPE_COLORS: Record<ReportTypeKey, string> = {
  consultation: '#1f6feb',
  suggestion: '#2da44e',
  opinion: '#8250df',
  complaint: '#cf222e',
  unclassified: '#8c959f',
};
/** 1 star … 5 stars, red to green. */
export const RATING_COLORS = ['#cf222e', '#e8833a', '#d4a72c', '#7fb069', '#2da44e'];
export const BOT_COLOR = '#2da44e';
export const HANDOFF_COLOR = '#e8833a';
export const LINE_COLOR = '#1f6feb';
export const TARGET_COLOR = '#cf222e';
const FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** Long questions would squeeze the bars: their labels stop at this width (px). */
export const LABEL_WIDTH = 200;

/** No animation: the printable page is a still, and a chart should not move for anyone. */
export function base(): ReportChartOption {
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: '#1d2330' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  };
}

/** Bars across, one row per label, longest label cut at LABEL_WIDTH; a legend for two series. */
export function horizontalBars(
  labels: string[],
  series: { name: string; color: string; data: number[] }[],
): ReportChartOption {
  return {
    ...base(),
    legend: series.length > 1 ? { top: 0 } : { show: false },
    grid: {
      left: 24,
      right: 40,
      top: series.length > 1 ? 36 : 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisLabel: { width: LABEL_WIDTH, overflow: 'truncate' },
    },
    series: series.map((s) => ({
      ...s,
      type: 'bar' as const,
      label: { show: true, position: 'right' },
    })),
  };
}

export function roundOrNull(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds);
}
