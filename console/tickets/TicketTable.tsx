import type { Ticket } from '../../protocol/tickets.ts';
import { DueBadge, PriorityBadge } from './Badges.tsx';
import { dueMark, summaryOf } from './format.ts';
import type { TicketsTexts } from './i18n.ts';
import type { Names } from './timeline-text.ts';

interface Props {
  tx: TicketsTexts;
  tickets: Ticket[];
  names: Names;
  openHref: (id: string) => string;
  busy: boolean;
}

/** Focus comes back here when the agent leaves a ticket. */
export const rowLinkId = (id: string) => `tk-open-${id}`;

/** One row per ticket; its reference opens it. Overdue and due-soon rows say so in words. */
export function TicketTable({ tx, tickets, names, openHref, busy }: Props) {
  const w = tx.words;
  return (
    <div class="tr-scroll" role="region" aria-label={tx.tableScroll} tabIndex={0}>
      <table class="desk-table tk-table" aria-busy={busy}>
        <caption class="sr">{tx.results}</caption>
        <thead>
          <tr>
            <th scope="col">{tx.colRef}</th>
            <th scope="col">{tx.colType}</th>
            <th scope="col">{tx.colPriority}</th>
            <th scope="col">{tx.colTitle}</th>
            <th scope="col">{tx.colDepartment}</th>
            <th scope="col">{tx.colOwner}</th>
            <th scope="col">{tx.colStatus}</th>
            <th scope="col">{tx.colDue}</th>
          </tr>
        </thead>
        <tbody>
          {tickets.map((t) => {
            const summary = summaryOf(t);
            return (
              <tr key={t.id} class={`tk-row-${dueMark(t) ?? 'ok'}`}>
                <th scope="row" class="desk-nowrap">
                  <a id={rowLinkId(t.id)} href={openHref(t.id)}>
                    {t.ref}
                  </a>
                </th>
                <td class="desk-nowrap">{w.types[t.type]}</td>
                <td class="desk-nowrap">
                  <PriorityBadge tx={tx} ticket={t} />
                </td>
                <td class="tk-title">
                  <span class="tk-title-main">{t.title}</span>
                  {summary && <span class="tk-summary">{summary}</span>}
                </td>
                <td>{names.department(t.departmentId)}</td>
                <td>{t.ownerId === null ? tx.nobody : (t.ownerName ?? names.agent(t.ownerId))}</td>
                <td class="desk-nowrap">{w.statuses[t.status]}</td>
                <td class="desk-nowrap">
                  <time dateTime={t.dueAt}>{names.time(t.dueAt)}</time>
                  <DueBadge tx={tx} ticket={t} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
