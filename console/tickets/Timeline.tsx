import type { TicketEvent } from '../../protocol/tickets.ts';
import type { TicketsTexts } from './i18n.ts';
import { describeEvent, type Names } from './timeline-text.ts';

/** Every event of the ticket, oldest first: what happened, who did it and when. */
export function Timeline({
  tx,
  events,
  names,
}: {
  tx: TicketsTexts;
  events: TicketEvent[];
  names: Names;
}) {
  return (
    <section class="tk-timeline" aria-labelledby="tk-timeline-title">
      <h3 id="tk-timeline-title">{tx.timeline}</h3>
      <ol>
        {events.map((event) => {
          const text = describeEvent(event, tx, names);
          const who = event.actor ? event.actor.name || tx.removedAgent : tx.kefu;
          return (
            <li
              key={event.id}
              class={`tk-event tk-event-${event.kind}${text.public ? ' tk-event-public' : ''}`}
            >
              <p class="tk-event-head">
                <strong>{text.title}</strong>
                <span class="tk-event-meta">
                  {who} · <time dateTime={event.at}>{names.time(event.at)}</time>
                </span>
              </p>
              {text.lines.map((line, i) => (
                <p key={i} class="tk-event-line">
                  {line}
                </p>
              ))}
              {text.body && <p class="desk-text tk-event-body">{text.body}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
