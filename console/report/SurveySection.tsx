import type { MonthlyReport } from '../../protocol/report.ts';
import { DataTable } from './DataTable.tsx';
import type { ReportTexts } from './i18n.ts';
import { surveyTables } from './survey-tables.ts';
import { SURVEY_REPORT_TEXTS } from './survey-texts.ts';

/** 专项调查: every survey answered in the period, question by question. */
export function SurveySection({ report, tx }: { report: MonthlyReport; tx: ReportTexts }) {
  const st = SURVEY_REPORT_TEXTS[tx.locale];
  return (
    <section class="report-section" aria-labelledby="report-surveys">
      <h2 id="report-surveys">{st.section}</h2>
      {report.surveys.length === 0 ? (
        <p class="desk-muted">{st.none}</p>
      ) : (
        surveyTables(report, tx).map((table) => <DataTable key={table.caption} table={table} />)
      )}
    </section>
  );
}
