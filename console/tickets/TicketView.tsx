import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Directory } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import type { TicketDetail, TicketSettings } from '../../protocol/tickets.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { DESK_TEXTS } from '../desk/i18n.ts';
import type { Failure } from '../rest.ts';
import { changeTicket, fetchTicket, type TicketChange } from './api.ts';
import { DueBadge, PriorityBadge, StatusBadge } from './Badges.tsx';
import { CommentForm } from './CommentForm.tsx';
import type { TicketsTexts } from './i18n.ts';
import { namesOf } from './names.ts';
import { Refusal } from './Refusal.tsx';
import { offeredSteps, type Step } from './steps.ts';
import { TicketActions } from './TicketActions.tsx';
import { TicketFacts } from './TicketFacts.tsx';
import { Timeline } from './Timeline.tsx';

interface Props {
  tx: TicketsTexts;
  lang: Language;
  agent: AgentProfile;
  id: string;
  /** The list this ticket was opened from. */
  backHref: string;
  directory: Directory | null;
  followUpRequired: TicketSettings['followUpRequired'] | null;
  /** Goes up when the server tells this console the ticket changed: read it again. */
  live: number;
}

/**
 * One ticket: its fields, where it came from, its whole history, and what the agent may do
 * now. Each change sends the version on screen and answers with the ticket as it is after.
 */
export function TicketView({ tx, lang, agent, id, backHref, directory, ...props }: Props) {
  const [detail, setDetail] = useState<TicketDetail | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  /** An answer older than the newest request or change is dropped. */
  const latest = useRef(0);
  const focusNotice = useRef(false);

  const load = useCallback(() => {
    latest.current += 1;
    const asked = latest.current;
    void fetchTicket(id).then((res) => {
      if (asked !== latest.current) return;
      if (res.ok) setDetail(res.data);
      setFailure(res.ok ? null : res);
    });
  }, [id]);

  useEffect(load, [load, props.live]);
  // The list was replaced by this view: start reading at its heading.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (focusNotice.current) noticeRef.current?.focus();
    focusNotice.current = false;
  });

  async function act(done: string, change: TicketChange, moveFocus: boolean) {
    setNotice('');
    const res = await changeTicket(id, change);
    if (!res.ok) return res;
    latest.current += 1;
    setDetail(res.data);
    setFailure(null);
    setNotice(done);
    focusNotice.current = moveFocus;
    return null;
  }

  const ticket = detail?.ticket;
  const names = namesOf(tx, lang, directory, detail);
  const followUpFirst = ticket ? (props.followUpRequired?.[ticket.type] ?? false) : false;
  return (
    <section
      class="tk-view"
      aria-labelledby="tk-view-title"
      onKeyDown={(e) => {
        // Not from inside a form: Escape there must not throw away what was typed.
        const inForm = e.target instanceof Element && e.target.closest('form') !== null;
        if (e.key === 'Escape' && !e.defaultPrevented && !inForm) location.hash = backHref;
      }}
    >
      <p class="tr-back">
        <a href={backHref}>{tx.backToList}</a>
      </p>
      <div class="tr-view-head">
        <h2 id="tk-view-title" ref={heading} tabIndex={-1}>
          {ticket ? `${ticket.ref} ${ticket.title}` : tx.opening}
        </h2>
        {ticket && (
          <button type="button" class="secondary" onClick={load}>
            {tx.reload}
          </button>
        )}
      </div>
      {ticket && (
        <p class="tk-badges">
          <StatusBadge tx={tx} ticket={ticket} />
          <PriorityBadge tx={tx} ticket={ticket} />
          <DueBadge tx={tx} ticket={ticket} />
        </p>
      )}
      <p ref={noticeRef} class="desk-notice" role="status" tabIndex={-1}>
        {notice}
      </p>
      {!detail && failure && (
        <LoadState
          tx={{ ...DESK_TEXTS[lang], problems: tx.problems }}
          state={{ kind: 'failed', failure }}
          onRetry={load}
        />
      )}
      {detail && failure && <Refusal tx={tx} failure={failure} onReload={load} />}
      {detail && ticket && (
        <div class="tk-view-body">
          <div class="tk-main">
            <TicketFacts tx={tx} ticket={ticket} names={names} />
            <Timeline tx={tx} events={detail.timeline} names={names} />
            <CommentForm
              tx={tx}
              mayReply={offeredSteps(ticket, agent, followUpFirst).includes('reply')}
              act={(change) =>
                act(change.kind === 'note' ? tx.noteAdded : tx.replyAdded, change, false)
              }
              onReload={load}
            />
          </div>
          <div class="tk-side">
            <TicketActions
              tx={tx}
              lang={lang}
              agent={agent}
              ticket={ticket}
              directory={directory}
              followUpFirst={followUpFirst}
              act={(step: Step, change) => act(tx.done[step], change, true)}
              onReload={load}
            />
          </div>
        </div>
      )}
    </section>
  );
}
