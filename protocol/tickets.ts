/**
 * Work orders (工单): what a desk follows up after a chat or a left message. Types only; the
 * request schemas are in `schemas/tickets.ts`, the REST routes in docs/api.md.
 */

/** 咨询 / 建议 / 意见 / 投诉 (the close types of a chat) and 诉求 (a request). */
export const TICKET_TYPES = [
  'consultation',
  'suggestion',
  'opinion',
  'complaint',
  'request',
] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/**
 * new → in_progress → waiting_department → resolved → followed_up → closed. A department may
 * return a ticket to its owner (returned, with a reason); a resolved or closed one can be
 * reopened (back to in_progress, with a reason).
 */
export const TICKET_STATUSES = [
  'new',
  'in_progress',
  'waiting_department',
  'returned',
  'resolved',
  'followed_up',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** The deadline runs while a ticket is in one of these. */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = [
  'new',
  'in_progress',
  'waiting_department',
  'returned',
];

/** Steps of a ticket's status; server/services/tickets/lifecycle.ts says from where, by whom. */
export const TICKET_ACTIONS = [
  'start',
  'escalate',
  'return',
  'resolve',
  'close',
  'reopen',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** 回访 by phone, SMS, chat or e-mail. */
export const FOLLOW_UP_METHODS = ['phone', 'sms', 'chat', 'email'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

export type TicketSource = 'manual' | 'left_message' | 'conversation';

export interface TicketFollowUp {
  method: FollowUpMethod;
  result: string;
  /** 5 very satisfied … 1 very dissatisfied. */
  satisfaction: 1 | 2 | 3 | 4 | 5;
  at: string;
  agentId: string;
}

/** REST: a row of GET /api/tickets, and `ticket` of every answer that changes one. */
export interface Ticket {
  id: string;
  /** Said on the phone: `GD-2025-00042`, counted per calendar year. */
  ref: string;
  type: TicketType;
  priority: TicketPriority;
  status: TicketStatus;
  departmentId: string;
  ownerId: string | null;
  ownerName: string | null;
  title: string;
  description: string;
  customerName: string | null;
  customerContact: string | null;
  source: TicketSource;
  conversationId: string | null;
  leftMessageId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  dueAt: string;
  /** Open and past `dueAt` on the server's clock when this was sent. */
  overdue: boolean;
  /** Open, not overdue, and due within the desk's warning time (default 24 h). */
  dueSoon: boolean;
  resolution: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  followUp: TicketFollowUp | null;
  /** Goes up with every change of state; a change names the version it was made on. */
  version: number;
}

export type TicketEventKind =
  | 'created'
  | 'status'
  | 'assigned'
  | 'updated'
  | 'note'
  | 'reply'
  | 'follow_up'
  | 'due_soon'
  | 'overdue'
  | 'mailed'
  | 'mail_failed';

/** One line of a ticket's timeline; nothing is ever changed or removed from it. */
export interface TicketEvent {
  id: number;
  kind: TicketEventKind;
  at: string;
  /** Null: Kefu itself (deadline warnings, e-mail to the customer). */
  actor: { id: string; name: string } | null;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  /** The action (status), a return or reopen reason, the resolution, owners and departments
   * before and after (assigned), priority and due before and after (updated), the text of a
   * note or reply and whether the reply is for the customer (`public`), the follow-up; for
   * `mailed` and `mail_failed` the masked address (`to`), the reply's time (`replyAt`), the
   * `attempts` and, when it failed, the mail server's `reason`. */
  details: Record<string, unknown>;
}

export interface TicketDetail {
  ticket: Ticket;
  /** Oldest first. */
  timeline: TicketEvent[];
}

export interface TicketList {
  tickets: Ticket[];
  total: number;
  page: number;
  pageSize: number;
}

/** REST: GET /api/admin/tickets/overdue, most overdue first. */
export interface OverdueTickets {
  /** The server's clock when the list was made. */
  at: string;
  tickets: Ticket[];
}

/** Why a console is told about a ticket (`ticket.changed` on the /agent namespace). */
export type TicketNoticeReason =
  | 'created'
  | 'assigned'
  | 'transferred'
  | 'escalated'
  | 'returned'
  | 'due_soon'
  | 'overdue'
  | 'mail_failed';

export interface TicketNotice {
  reason: TicketNoticeReason;
  ticket: Ticket;
}

/** Desk settings `tickets`: per type, hours to resolve and whether closing needs a 回访. */
export interface TicketSettings {
  deadlineHours: Record<TicketType, number>;
  followUpRequired: Record<TicketType, boolean>;
  /** How long before `dueAt` a ticket is due soon. */
  dueSoonHours: number;
}

/** REST: GET /api/admin/ticket-contacts: who receives each department's tickets. */
export interface TicketContacts {
  contacts: { departmentId: string; agentIds: string[] }[];
}
