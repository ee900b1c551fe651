import type { ReportChartOption } from '../../../console/report/chart-style.ts';
import { init } from '../../../console/report/echarts.ts';

/** A4 portrait, 15 mm margins, at CSS pixels: the printable page's text width. */
export const PRINT_WIDTH = 680;

/**
 * One chart as an SVG string, through ECharts' server-side renderer: no DOM, no canvas. ECharts
 * escapes the text it writes (labels, names), so a question with `<` in it stays text.
 */
export function renderChartSvg(option: ReportChartOption, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: PRINT_WIDTH, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
