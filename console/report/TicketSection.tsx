import type { MonthlyReport } from '../../protocol/report.ts';
import { DataTable } from './DataTable.tsx';
import type { ReportTexts } from './i18n.ts';
import { noTickets, ticketDepartmentsTable, ticketFiguresTable } from './ticket-tables.ts';
import { TICKET_REPORT_TEXTS } from './ticket-texts.ts';

/** 工单: the work-order figures against the previous period, and who got which kind. */
export function TicketSection({ report, tx }: { report: MonthlyReport; tx: ReportTexts }) {
  const tt = TICKET_REPORT_TEXTS[tx.locale];
  return (
    <section class="report-section" aria-labelledby="report-tickets">
      <h2 id="report-tickets">{tt.section}</h2>
      {noTickets(report) ? (
        <p class="desk-muted">{tt.none}</p>
      ) : (
        <>
          <DataTable table={ticketFiguresTable(report, tx)} />
          {report.tickets.figures.created > 0 && (
            <DataTable table={ticketDepartmentsTable(report, tx)} />
          )}
        </>
      )}
    </section>
  );
}
