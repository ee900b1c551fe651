import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../protocol/language.ts';
import type { TicketNotice } from '../../protocol/tickets.ts';
import { desktopNotify } from '../notify.ts';
import type { AgentSocket } from '../socket.ts';
import { TICKET_WORDS } from './i18n-shared.ts';
import { ticketHref } from './route.ts';

/**
 * Tells the agent, on whatever page, when a ticket is handed to them or their department,
 * returned, or falls due: a polite live region with a link to it, and a desktop notification
 * while the console is in the background, as for new chats. The latest notice replaces the last.
 */
export function TicketNoticeBar({ lang, socket }: { lang: Language; socket: AgentSocket }) {
  const words = TICKET_WORDS[lang];
  const [shown, setShown] = useState<{ text: string; id: string } | null>(null);

  useEffect(() => {
    const changed = ({ reason, ticket }: TicketNotice) => {
      const text = words.notice(reason, ticket.ref, ticket.title);
      setShown({ text, id: ticket.id });
      desktopNotify(text, ticket.title, `ticket-${ticket.id}`, () => {
        location.hash = ticketHref(ticket.id);
      });
    };
    socket.on('ticket.changed', changed);
    return () => void socket.off('ticket.changed', changed);
  }, [socket, words]);

  return (
    <div class={shown ? 'ticket-notice' : 'ticket-notice-idle'}>
      <p role="status">{shown?.text ?? ''}</p>
      {shown && (
        <>
          <a href={ticketHref(shown.id)} onClick={() => setShown(null)}>
            {words.openTicket}
          </a>
          <button type="button" class="secondary small" onClick={() => setShown(null)}>
            {words.dismiss}
          </button>
        </>
      )}
    </div>
  );
}
