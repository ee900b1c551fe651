import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The parts of ECharts the report draws with, registered once: only these end up in the
 * console's lazy report chunk. SVG in both places: the console and the printable page (rendered
 * on the server) then draw the same thing, and the text in a chart stays sharp when printed.
 */
use([
  BarChart,
  HeatmapChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';
