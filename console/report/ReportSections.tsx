import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { MonthlyReport } from '../../protocol/report.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { CommentList } from './CommentList.tsx';
import { DataTable } from './DataTable.tsx';
import { HeadlineCards } from './HeadlineCards.tsx';
import type { ReportTexts } from './i18n.ts';
import { reportCharts, type ChartKey } from './report-charts.ts';
import { agentsTable, headlineTable } from './tables.ts';
import { SurveySection } from './SurveySection.tsx';
import { TicketSection } from './TicketSection.tsx';

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="report-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** The report of a period with conversations: headline figures, then one section per topic. */
export function ReportSections({ report, tx }: { report: MonthlyReport; tx: ReportTexts }) {
  const charts = useMemo(() => reportCharts(report, tx), [report, tx]);
  const chart = (key: ChartKey, otherwise = '') => {
    const found = charts[key];
    if (found) return <ChartFigure chart={found} tx={tx} />;
    return otherwise ? <p class="desk-muted">{otherwise}</p> : null;
  };
  const handedOff = report.headline.handoffs > 0;
  return (
    <>
      <Section id="report-headline" title={tx.headlineTitle}>
        <HeadlineCards report={report} tx={tx} />
        <details class="report-details">
          <summary>{tx.headlineTable}</summary>
          <DataTable table={headlineTable(report, tx)} hideCaption />
        </details>
      </Section>
      <Section id="report-volume" title={tx.sectionVolume}>
        <div class="report-grid">
          {chart('daily')}
          {chart('heatmap')}
        </div>
      </Section>
      <Section id="report-departments" title={tx.sectionDepartments}>
        <div class="report-grid">
          {chart('departmentTypes')}
          {chart('types')}
        </div>
      </Section>
      <Section id="report-questions" title={tx.sectionQuestions}>
        <div class="report-grid">
          {chart('topQuestions', tx.noQuestions)}
          {chart('gapGroups', tx.noGaps)}
        </div>
      </Section>
      <Section id="report-service" title={tx.sectionService}>
        {handedOff ? (
          <div class="report-grid">
            {chart('responseTimes')}
            {chart('pickUp')}
          </div>
        ) : (
          <p class="desk-muted">{tx.noHandoffs}</p>
        )}
        {report.agents.length > 0 ? (
          <DataTable table={agentsTable(report, tx)} />
        ) : (
          handedOff && <p class="desk-muted">{tx.noAgents}</p>
        )}
      </Section>
      <Section id="report-satisfaction" title={tx.sectionSatisfaction}>
        {chart('satisfaction', tx.noRatings)}
        {report.headline.ratings > 0 && <CommentList report={report} tx={tx} />}
      </Section>
      <TicketSection report={report} tx={tx} />
      <SurveySection report={report} tx={tx} />
    </>
  );
}
