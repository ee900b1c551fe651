import type {
  TicketEventKind,
  TicketFollowUp,
  TicketPriority,
  TicketSource,
  TicketStatus,
  TicketType,
} from '../../../protocol/index.ts';

export interface TicketRow {
  id: string;
  ref: string;
  type: TicketType;
  priority: TicketPriority;
  status: TicketStatus;
  departmentId: string;
  ownerId: string | null;
  title: string;
  description: string;
  customerName: string | null;
  customerContact: string | null;
  visitorId: string | null;
  source: TicketSource;
  conversationId: string | null;
  leftMessageId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  dueAt: string;
  /** When owner and contacts were told it is due soon / overdue (once per due time). */
  dueSoonNoticedAt: string | null;
  overdueNoticedAt: string | null;
  resolution: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  followUp: TicketFollowUp | null;
  version: number;
}

/** A ticket to store; the store gives it its reference and version 1. */
export type TicketDraft = Omit<
  TicketRow,
  'ref' | 'version' | 'updatedAt' | 'dueSoonNoticedAt' | 'overdueNoticedAt'
>;

/** Fields a command may set on a ticket. */
export type TicketChange = Partial<
  Pick<
    TicketRow,
    | 'status'
    | 'priority'
    | 'departmentId'
    | 'ownerId'
    | 'dueAt'
    | 'dueSoonNoticedAt'
    | 'overdueNoticedAt'
    | 'resolution'
    | 'resolvedAt'
    | 'closedAt'
    | 'followUp'
    | 'version'
  >
>;

/** Only apply a change while the ticket is still as the caller saw it. */
export interface TicketExpectation {
  version?: number;
  statuses?: readonly TicketStatus[];
  dueAt?: string;
  /** That warning has not been given yet. */
  unnoticed?: 'dueSoon' | 'overdue';
}

export interface TicketEventRow {
  id: number;
  ticketId: string;
  kind: TicketEventKind;
  actorAgentId: string | null;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  details: Record<string, unknown>;
  at: string;
}

export type TicketEventDraft = Omit<TicketEventRow, 'id' | 'ticketId'>;

export interface TicketFilter {
  /** Null: every ticket (admins). Else the agent's own, and their departments' and contacts'. */
  visibleTo: { agentId: string; departments: string[] } | null;
  statuses?: readonly TicketStatus[];
  type?: TicketType;
  departmentId?: string;
  ownerId?: string;
  /** Only tickets nobody owns. */
  unowned?: boolean;
  ref?: string;
  /** due_at at or before this … */
  dueBy?: string;
  /** … and after this. */
  dueAfter?: string;
  /** Due times first (deadline lists), else newest first. */
  order: 'due' | 'newest';
  limit: number;
  offset: number;
}

export interface TicketCreateOptions {
  /** The calendar year the reference counts in. */
  year: number;
  /** Marks the left message handled in the same transaction, with a note naming the ticket. */
  handleLeftMessage?: { at: string; by: string; note: (ref: string) => string };
}

export interface TicketRepository {
  /**
   * Stores the ticket and its first timeline event in one transaction. Idempotent for a left
   * message and for a conversation's close: the existing ticket comes back, `created` false.
   */
  create(
    draft: TicketDraft,
    event: TicketEventDraft,
    options: TicketCreateOptions,
  ): Promise<{ ticket: TicketRow; created: boolean }>;
  get(id: string): Promise<TicketRow | null>;
  list(filter: TicketFilter): Promise<{ rows: TicketRow[]; total: number }>;
  /**
   * The one way a ticket changes: while `expect` holds, writes `change` and appends `event`
   * (and bumps updated_at) in one transaction; null when it no longer held or there is no ticket.
   */
  apply(
    id: string,
    expect: TicketExpectation,
    change: TicketChange,
    event: TicketEventDraft,
  ): Promise<TicketRow | null>;
  /** The timeline, oldest first. */
  events(ticketId: string): Promise<TicketEventRow[]>;
  /**
   * Public replies since `since` on tickets that know their visitor whose message in the chat
   * (`details.messageId`) is not stored, oldest first.
   */
  undeliveredRepliesSince(since: string): Promise<TicketEventRow[]>;
  /** Open tickets past `now` not yet noticed overdue, or due by `soonUntil` not yet noticed soon. */
  dueForNotice(now: string, soonUntil: string, limit: number): Promise<TicketRow[]>;
  /** Department id → the agents who receive its tickets; departments without any are absent. */
  contacts(): Promise<Map<string, string[]>>;
  /** Replaces a department's contacts. */
  setContacts(departmentId: string, agentIds: string[]): Promise<void>;
}
