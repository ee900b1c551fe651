import { OPEN_TICKET_STATUSES, type Ticket, type TicketEvent } from '../../protocol/index.ts';
import type { TicketEventRow, TicketRow } from '../store/types.ts';

const HOUR_MS = 3_600_000;

/** Where a ticket stands against its deadline at `now`. */
export function dueState(
  row: Pick<TicketRow, 'status' | 'dueAt'>,
  now: Date,
  dueSoonHours: number,
): { overdue: boolean; dueSoon: boolean } {
  if (!OPEN_TICKET_STATUSES.includes(row.status)) return { overdue: false, dueSoon: false };
  const due = Date.parse(row.dueAt);
  const overdue = due <= now.getTime();
  return { overdue, dueSoon: !overdue && due <= now.getTime() + dueSoonHours * HOUR_MS };
}

/** Field by field, so the stored warning markers and the visitor id never reach a client. */
export function presentTicket(
  row: TicketRow,
  ownerName: string | null,
  due: { overdue: boolean; dueSoon: boolean },
): Ticket {
  return {
    id: row.id,
    ref: row.ref,
    type: row.type,
    priority: row.priority,
    status: row.status,
    departmentId: row.departmentId,
    ownerId: row.ownerId,
    ownerName,
    title: row.title,
    description: row.description,
    customerName: row.customerName,
    customerContact: row.customerContact,
    source: row.source,
    conversationId: row.conversationId,
    leftMessageId: row.leftMessageId,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    dueAt: row.dueAt,
    overdue: due.overdue,
    dueSoon: due.dueSoon,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    followUp: row.followUp,
    version: row.version,
  };
}

export function presentTicketEvent(row: TicketEventRow, actorName: string | null): TicketEvent {
  return {
    id: row.id,
    kind: row.kind,
    at: row.at,
    actor: row.actorAgentId === null ? null : { id: row.actorAgentId, name: actorName ?? '' },
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    details: row.details,
  };
}
