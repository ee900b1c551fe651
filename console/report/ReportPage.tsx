import type { Language } from '../../protocol/language.ts';
import type { MonthlyReport } from '../../protocol/report.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { fetchReport } from './api.ts';
import { dateTimeOf, isEmpty, periodName } from './format.ts';
import { REPORT_TEXTS, type ReportTexts } from './i18n.ts';
import { hrefOf, searchOf, usePeriod } from './period.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { ReportSections } from './ReportSections.tsx';
import { noTickets } from './ticket-tables.ts';
import { SurveySection } from './SurveySection.tsx';
import { TicketSection } from './TicketSection.tsx';
import '../desk/desk.css';
import './report.css';

/** 月度咨询分析: the admin picks a period and reads the charts, tables and comments. */
export function ReportPage({ lang }: { lang: Language }) {
  const tx = REPORT_TEXTS[lang];
  const [period, choose] = usePeriod();
  const key = hrefOf(period);
  const report = useResource(() => fetchReport(period), key);
  const state = report.state;
  return (
    <section class="desk report" aria-labelledby="report-title">
      <h1 id="report-title">{tx.title}</h1>
      <p class="desk-intro">{tx.intro}</p>
      <div class="report-toolbar">
        <PeriodPicker key={key} tx={tx} period={period} onChoose={choose} />
        <p class="report-exports">
          <a href={`/api/reports/report.xlsx?${searchOf(period, lang)}`} download>
            {tx.downloadXlsx}
          </a>
          <a href={`/api/reports/report.html?${searchOf(period, lang)}`}>{tx.printable}</a>
        </p>
      </div>
      {state.kind !== 'ready' ? (
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={report.reload} />
      ) : (
        <ReportBody report={state.data} tx={tx} />
      )}
    </section>
  );
}

function ReportBody({ report, tx }: { report: MonthlyReport; tx: ReportTexts }) {
  return (
    <>
      <p class="report-meta">
        <span>
          {tx.period}: {periodName(report.period, tx)}
        </span>
        <span>
          {tx.previousPeriod}: {periodName(report.previousPeriod, tx)}
        </span>
        <span>
          {tx.timeZone}: {report.period.timeZone}
        </span>
        <span>
          {tx.generatedAt}: {dateTimeOf(report.generatedAt, tx, report.period.timeZone)}
        </span>
      </p>
      {isEmpty(report) ? (
        <>
          <div class="report-empty" role="status">
            <h2>{tx.emptyTitle}</h2>
            <p>{tx.emptyHint}</p>
          </div>
          {/* Work orders are also made by hand (a phone call), with no chat in the month. */}
          {!noTickets(report) && <TicketSection report={report} tx={tx} />}
          {report.surveys.length > 0 && <SurveySection report={report} tx={tx} />}
        </>
      ) : (
        <ReportSections report={report} tx={tx} />
      )}
    </>
  );
}
