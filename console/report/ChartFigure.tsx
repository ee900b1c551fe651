import { useEffect, useRef } from 'preact/hooks';
import { init } from './echarts.ts';
import { DataTable } from './DataTable.tsx';
import type { ReportTexts } from './i18n.ts';
import type { ReportChart } from './report-charts.ts';

/**
 * One chart, drawn by ECharts as SVG, with its name and its figures as a table under a
 * disclosure: the drawing is an image to assistive technology, the table is what it reads.
 */
export function ChartFigure({ chart, tx }: { chart: ReportChart; tx: ReportTexts }) {
  const box = useRef<HTMLDivElement>(null);
  const captionId = `chart-${chart.key}`;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, null, { renderer: 'svg' });
    instance.setOption(chart.option);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, [chart.option]);

  return (
    <figure class="report-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>{chart.title}</figcaption>
      <div
        ref={box}
        class="report-chart"
        role="img"
        aria-label={tx.chartName(chart.title)}
        style={{ height: `${chart.height}px` }}
      />
      <details class="report-details">
        <summary>{tx.dataTable}</summary>
        <DataTable table={chart.table} hideCaption />
      </details>
    </figure>
  );
}
