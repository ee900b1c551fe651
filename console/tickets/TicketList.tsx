import { useEffect, useRef } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Directory } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import type { TicketList as List } from '../../protocol/tickets.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { Pager } from '../transcripts/Pager.tsx';
import { fetchTickets } from './api.ts';
import type { TicketsTexts } from './i18n.ts';
import { namesOf } from './names.ts';
import { apiParams, hasFilters, hrefOf, type TicketsRoute } from './route.ts';
import { TicketTable } from './TicketTable.tsx';

interface Props {
  tx: TicketsTexts;
  lang: Language;
  agent: AgentProfile;
  route: TicketsRoute;
  directory: Directory | null;
  /** Changes when the list must be asked again (the same filters applied, a notice came). */
  attempt: number;
}

/** The tickets matching the filters, a page at a time, with their count. */
export function TicketList({ tx, lang, agent, route, directory, attempt }: Props) {
  const list = useResource(
    () => fetchTickets(apiParams(route, agent.id)),
    `${hrefOf(route)}#${attempt}`,
  );
  /** While the next page loads, the last one stays on screen (marked busy), not a blank. */
  const shown = useRef<List | null>(null);
  if (list.state.kind === 'ready') shown.current = list.state.data;
  const data = shown.current;
  const state = list.state;
  const heading = useRef<HTMLHeadingElement>(null);

  // Following the pager's last link turns it into text: focus would fall to <body>.
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, [route.page]);

  const desk = { ...DESK_TEXTS[lang], problems: tx.problems };
  return (
    <section class="tr-results" aria-labelledby="tk-results-title">
      <h2 id="tk-results-title" ref={heading} tabIndex={-1}>
        {tx.results}
      </h2>
      {state.kind === 'failed' ? (
        <LoadState tx={desk} state={state} onRetry={list.reload} />
      ) : !data ? (
        <LoadState tx={desk} state={{ kind: 'loading' }} onRetry={list.reload} />
      ) : (
        <>
          <p class="desk-muted" role="status">
            {state.kind === 'loading'
              ? tx.searching
              : data.total === 0
                ? hasFilters(route.filters)
                  ? tx.noResults
                  : tx.noTickets
                : tx.total(data.total)}
          </p>
          {data.tickets.length === 0 && data.total > 0 && (
            <p>
              <a href={hrefOf({ ...route, page: 1 })}>{tx.firstPage}</a>
            </p>
          )}
          {data.tickets.length > 0 && (
            <TicketTable
              tx={tx}
              tickets={data.tickets}
              names={namesOf(tx, lang, directory, null)}
              openHref={(id) => hrefOf({ ...route, view: { kind: 'ticket', id } })}
              busy={state.kind === 'loading'}
            />
          )}
          <Pager
            tx={tx}
            page={route.page}
            pages={Math.max(1, Math.ceil(data.total / data.pageSize))}
            hrefOf={(page) => hrefOf({ ...route, page })}
          />
        </>
      )}
    </section>
  );
}
