import type { TicketNoticeReason } from '../../../protocol/index.ts';
import type {
  TicketChange,
  TicketEventDraft,
  TicketExpectation,
  TicketRow,
} from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { presentOne } from './present.ts';

const CHANGED_MEANWHILE =
  'Someone changed this ticket after you opened it. Reload it to see what changed, then try again.';

/** The agent acted on what they saw: a version behind means someone else moved first. */
export function sameVersion(ticket: TicketRow, version: number): void {
  if (ticket.version !== version) throw new ServiceError('conflict', CHANGED_MEANWHILE);
}

/** Who hears about a ticket, and why. */
export interface Notice {
  reason: TicketNoticeReason;
  agentIds: Iterable<string | null>;
}

/**
 * Every change of a ticket goes through here: the row and its timeline event are written in
 * one transaction, only while the ticket is still as `expect` says (normally the version the
 * agent acted on). Two agents acting at once: the first wins, the second gets `conflict` and
 * nothing of theirs is written, so no step is lost or half-done.
 */
export async function commit(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>,
  ticket: TicketRow,
  expect: TicketExpectation,
  change: TicketChange,
  event: TicketEventDraft,
  notice?: Notice,
): Promise<TicketRow> {
  const after = await deps.store.tickets.apply(ticket.id, expect, change, event);
  if (!after) throw new ServiceError('conflict', CHANGED_MEANWHILE);
  if (notice) await announce(deps, after, notice, event.actorAgentId);
  return after;
}

/** Tells the named agents' consoles (never the one who did it). */
export async function announce(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>,
  ticket: TicketRow,
  notice: Notice,
  actorId: string | null,
): Promise<void> {
  const agentIds = [...new Set(notice.agentIds)].filter(
    (id): id is string => id !== null && id !== actorId,
  );
  if (agentIds.length === 0) return;
  const presented = await presentOne(deps, ticket);
  deps.events.emit('ticket.changed', {
    notice: { reason: notice.reason, ticket: presented },
    agentIds,
  });
}

/** The agents who receive a department's tickets. */
export async function contactsOf(
  deps: Pick<ServiceDeps, 'store'>,
  departmentId: string,
): Promise<string[]> {
  return (await deps.store.tickets.contacts()).get(departmentId) ?? [];
}
