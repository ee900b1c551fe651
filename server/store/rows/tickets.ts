/** tickets and ticket_events rows as both engines hold them, their mappers, settable columns. */
import type {
  TicketEventKind,
  TicketFollowUp,
  TicketPriority,
  TicketSource,
  TicketStatus,
  TicketType,
} from '../../../protocol/index.ts';
import type { TicketChange, TicketEventRow, TicketRow } from '../types.ts';

export interface TicketRaw {
  id: string;
  ref: string;
  type: TicketType;
  priority: TicketPriority;
  status: TicketStatus;
  department_id: string;
  owner_id: string | null;
  title: string;
  description: string;
  customer_name: string | null;
  customer_contact: string | null;
  visitor_id: string | null;
  source: TicketSource;
  conversation_id: string | null;
  left_message_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  due_at: string;
  due_soon_noticed_at: string | null;
  overdue_noticed_at: string | null;
  resolution: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  follow_up: string | null;
  version: number;
}

export const toTicketRow = (r: TicketRaw): TicketRow => ({
  id: r.id,
  ref: r.ref,
  type: r.type,
  priority: r.priority,
  status: r.status,
  departmentId: r.department_id,
  ownerId: r.owner_id,
  title: r.title,
  description: r.description,
  customerName: r.customer_name,
  customerContact: r.customer_contact,
  visitorId: r.visitor_id,
  source: r.source,
  conversationId: r.conversation_id,
  leftMessageId: r.left_message_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  dueAt: r.due_at,
  dueSoonNoticedAt: r.due_soon_noticed_at,
  overdueNoticedAt: r.overdue_noticed_at,
  resolution: r.resolution,
  resolvedAt: r.resolved_at,
  closedAt: r.closed_at,
  followUp: r.follow_up === null ? null : (JSON.parse(r.follow_up) as TicketFollowUp),
  version: r.version,
});

export const toTicketRaw = (t: TicketRow): TicketRaw => ({
  id: t.id,
  ref: t.ref,
  type: t.type,
  priority: t.priority,
  status: t.status,
  department_id: t.departmentId,
  owner_id: t.ownerId,
  title: t.title,
  description: t.description,
  customer_name: t.customerName,
  customer_contact: t.customerContact,
  visitor_id: t.visitorId,
  source: t.source,
  conversation_id: t.conversationId,
  left_message_id: t.leftMessageId,
  created_by: t.createdBy,
  created_at: t.createdAt,
  updated_at: t.updatedAt,
  due_at: t.dueAt,
  due_soon_noticed_at: t.dueSoonNoticedAt,
  overdue_noticed_at: t.overdueNoticedAt,
  resolution: t.resolution,
  resolved_at: t.resolvedAt,
  closed_at: t.closedAt,
  follow_up: t.followUp === null ? null : JSON.stringify(t.followUp),
  version: t.version,
});

/** Column per settable field; names come from here only, never from input. */
export const CHANGE_COLUMNS: Record<keyof TicketChange, string> = {
  status: 'status',
  priority: 'priority',
  departmentId: 'department_id',
  ownerId: 'owner_id',
  dueAt: 'due_at',
  dueSoonNoticedAt: 'due_soon_noticed_at',
  overdueNoticedAt: 'overdue_noticed_at',
  resolution: 'resolution',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  followUp: 'follow_up',
  version: 'version',
};

export interface TicketEventRaw {
  id: number;
  ticket_id: string;
  kind: TicketEventKind;
  actor_agent_id: string | null;
  from_status: TicketStatus | null;
  to_status: TicketStatus | null;
  details: string;
  at: string;
}

export const toTicketEventRow = (r: TicketEventRaw): TicketEventRow => ({
  id: r.id,
  ticketId: r.ticket_id,
  kind: r.kind,
  actorAgentId: r.actor_agent_id,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  details: JSON.parse(r.details) as Record<string, unknown>,
  at: r.at,
});
