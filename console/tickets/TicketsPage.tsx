import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import type { TicketNotice } from '../../protocol/tickets.ts';
import { fetchSettings } from '../desk/api.ts';
import { useResource } from '../desk/useResource.ts';
import type { AgentSocket } from '../socket.ts';
import { useDirectory } from '../useDirectory.ts';
import { TICKETS_TEXTS } from './i18n.ts';
import { NewTicketForm } from './NewTicketForm.tsx';
import { hrefOf, useTicketsRoute, type TicketFilters as Filters } from './route.ts';
import { TicketFilters } from './TicketFilters.tsx';
import { TicketList } from './TicketList.tsx';
import { rowLinkId } from './TicketTable.tsx';
import { TicketView } from './TicketView.tsx';
import '../desk/desk.css';
import '../admin/admin.css';
import '../transcripts/transcripts.css';
import './tickets.css';

interface Props {
  lang: Language;
  agent: AgentProfile;
  socket: AgentSocket;
}

/**
 * 工单: the tickets the agent may see, filtered and paged, one opened over the list, or the
 * form for a new one. The list stays mounted (hidden) while a ticket is open, so going back
 * finds it as it was, with focus on the row left. A notice from the server refreshes both.
 */
export function TicketsPage({ lang, agent, socket }: Props) {
  const tx = TICKETS_TEXTS[lang];
  const route = useTicketsRoute();
  const { directory } = useDirectory(socket);
  const settings = useResource(fetchSettings, 'settings');
  const [attempt, setAttempt] = useState(0);
  /** Notices per ticket id: the open ticket reads itself again when its count moves. */
  const [live, setLive] = useState<Record<string, number>>({});
  const list = { ...route, view: { kind: 'list' as const } };
  const left = useRef<string | null>(null);

  useEffect(() => {
    const changed = (notice: TicketNotice) => {
      setAttempt((n) => n + 1);
      setLive((l) => ({ ...l, [notice.ticket.id]: (l[notice.ticket.id] ?? 0) + 1 }));
    };
    socket.on('ticket.changed', changed);
    return () => void socket.off('ticket.changed', changed);
  }, [socket]);

  const openId = route.view.kind === 'ticket' ? route.view.id : null;
  const away = useRef(false);
  useEffect(() => {
    if (openId) left.current = openId;
    if (route.view.kind !== 'list') {
      away.current = true;
      return;
    }
    // Back from a ticket or the new form: what was done there may have changed the list.
    if (away.current) setAttempt((n) => n + 1);
    away.current = false;
    if (left.current) {
      const row = document.getElementById(rowLinkId(left.current));
      (row ?? document.getElementById('tk-results-title'))?.focus();
      left.current = null;
    }
  }, [openId, route.view.kind]);

  function apply(filters: Filters): void {
    const next = hrefOf({ ...list, filters, page: 1 });
    // The same filters again still ask the server: tickets change all day.
    if (next === hrefOf(list)) setAttempt((n) => n + 1);
    else location.hash = next;
  }

  const followUpRequired =
    settings.state.kind === 'ready' ? settings.state.data.tickets.followUpRequired : null;
  return (
    <section class="desk tk" aria-labelledby="tk-title">
      <h1 id="tk-title">{tx.title}</h1>
      <div hidden={route.view.kind !== 'list'}>
        <p class="desk-intro">{tx.intro}</p>
        <p>
          <a class="primary tk-new-link" href={hrefOf({ ...list, view: { kind: 'new' } })}>
            {tx.newTicket}
          </a>
        </p>
        <TicketFilters
          key={hrefOf({ ...list, page: 1 })}
          tx={tx}
          lang={lang}
          filters={route.filters}
          directory={directory}
          onApply={apply}
        />
        <TicketList
          tx={tx}
          lang={lang}
          agent={agent}
          route={list}
          directory={directory}
          attempt={attempt}
        />
      </div>
      {openId && (
        <TicketView
          key={openId}
          tx={tx}
          lang={lang}
          agent={agent}
          id={openId}
          backHref={hrefOf(list)}
          directory={directory}
          followUpRequired={followUpRequired}
          live={live[openId] ?? 0}
        />
      )}
      {route.view.kind === 'new' && (
        <NewTicketForm
          tx={tx}
          lang={lang}
          agent={agent}
          directory={directory}
          backHref={hrefOf(list)}
          ticketHref={(id) => hrefOf({ ...list, view: { kind: 'ticket', id } })}
        />
      )}
    </section>
  );
}
