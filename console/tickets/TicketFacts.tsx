import type { ComponentChildren } from 'preact';
import type { Ticket } from '../../protocol/tickets.ts';
import { contactHref } from '../desk/format.ts';
import { hrefOf as transcriptHref, NO_FILTERS } from '../transcripts/route.ts';
import type { TicketsTexts } from './i18n.ts';
import type { Names } from './timeline-text.ts';

/** Every field of the ticket, the customer, the outcome, and where it came from. */
export function TicketFacts({
  tx,
  ticket: t,
  names,
}: {
  tx: TicketsTexts;
  ticket: Ticket;
  names: Names;
}) {
  const w = tx.words;
  const time = (iso: string) => <time dateTime={iso}>{names.time(iso)}</time>;
  const facts: [string, ComponentChildren][] = [
    [tx.colType, w.types[t.type]],
    [w.priority, w.priorities[t.priority]],
    [tx.status, w.statuses[t.status]],
    [tx.department, names.department(t.departmentId)],
    [tx.owner, t.ownerId === null ? tx.nobody : (t.ownerName ?? names.agent(t.ownerId))],
    [tx.createdAt, time(t.createdAt)],
    [tx.createdBy, t.createdBy === null ? tx.kefu : names.agent(t.createdBy)],
    [tx.source, tx.sources[t.source]],
    [tx.dueAt, time(t.dueAt)],
    [tx.customerName, t.customerName ?? tx.none],
    [
      tx.customerContact,
      t.customerContact ? (
        <a href={contactHref(t.customerContact)}>{t.customerContact}</a>
      ) : (
        tx.none
      ),
    ],
  ];
  if (t.resolvedAt) facts.push([tx.resolvedAt, time(t.resolvedAt)]);
  if (t.closedAt) facts.push([tx.closedAt, time(t.closedAt)]);

  return (
    <section class="tk-facts" aria-labelledby="tk-facts-title">
      <h3 id="tk-facts-title" class="sr">
        {tx.facts}
      </h3>
      <dl class="tr-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h4>{tx.description}</h4>
      <p class="desk-text">{t.description || tx.none}</p>
      {t.conversationId && (
        <p>
          <a
            href={transcriptHref({
              filters: NO_FILTERS,
              page: 1,
              open: t.conversationId,
            })}
          >
            {tx.linkedChat}
          </a>
        </p>
      )}
      {t.source === 'left_message' && <p class="desk-muted">{tx.fromLeftMessage}</p>}
      {t.resolution && (
        <>
          <h4>{tx.resolution}</h4>
          <p class="desk-text">{t.resolution}</p>
        </>
      )}
      {t.followUp && (
        <>
          <h4>{tx.followUp}</h4>
          <p>
            {tx.followUpLine(
              w.methods[t.followUp.method],
              tx.satisfactionOf(t.followUp.satisfaction, names.rating(t.followUp.satisfaction)),
            )}
            {' · '}
            {names.agent(t.followUp.agentId)} · {time(t.followUp.at)}
          </p>
          <p class="desk-text">{t.followUp.result}</p>
        </>
      )}
    </section>
  );
}
