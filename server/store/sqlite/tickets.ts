import type { Database, Statement } from 'better-sqlite3';
import { OPEN_TICKET_STATUSES } from '../../../protocol/index.ts';
import type {
  TicketChange,
  TicketDraft,
  TicketEventDraft,
  TicketExpectation,
  TicketFilter,
  TicketRepository,
  TicketRow,
} from '../types.ts';
import { ticketContacts } from './ticket-contacts.ts';
import {
  CHANGE_COLUMNS,
  toTicketEventRow,
  toTicketRaw,
  toTicketRow,
  type TicketEventRaw,
  type TicketRaw,
} from '../rows/tickets.ts';

const OPEN = JSON.stringify(OPEN_TICKET_STATUSES);

/** WHERE clause and parameters of a list; column names are fixed here, values are parameters. */
function where(f: TicketFilter): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.visibleTo) {
    parts.push(`(owner_id = @me OR department_id IN (SELECT value FROM json_each(@departments))
      OR department_id IN (SELECT department_id FROM department_contacts WHERE agent_id = @me))`);
    params.me = f.visibleTo.agentId;
    params.departments = JSON.stringify(f.visibleTo.departments);
  }
  if (f.statuses) {
    parts.push('status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(f.statuses);
  }
  const equal = { type: 'type', departmentId: 'department_id', ownerId: 'owner_id', ref: 'ref' };
  for (const [key, column] of Object.entries(equal)) {
    const value = f[key as keyof typeof equal];
    if (value === undefined) continue;
    parts.push(`${column} = @${key}`);
    params[key] = value;
  }
  if (f.unowned) parts.push('owner_id IS NULL');
  if (f.dueBy !== undefined) {
    parts.push('due_at <= @dueBy');
    params.dueBy = f.dueBy;
  }
  if (f.dueAfter !== undefined) {
    parts.push('due_at > @dueAfter');
    params.dueAfter = f.dueAfter;
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function ticketRepository(db: Database): TicketRepository {
  const byId = db.prepare<[string], TicketRaw>('SELECT * FROM tickets WHERE id = ?');
  const byLeftMessage = db.prepare<[string], TicketRaw>(
    'SELECT * FROM tickets WHERE left_message_id = ?',
  );
  const byConversation = db.prepare<[string], TicketRaw>(
    "SELECT * FROM tickets WHERE conversation_id = ? AND source = 'conversation'",
  );
  const nextNumber = db
    .prepare<[number], number>(
      `INSERT INTO ticket_counters (year, last) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .pluck();
  const insert = db.prepare<[TicketRaw]>(
    `INSERT INTO tickets (id, ref, type, priority, status, department_id, owner_id, title,
       description, customer_name, customer_contact, visitor_id, source, conversation_id,
       left_message_id, created_by, created_at, updated_at, due_at, due_soon_noticed_at,
       overdue_noticed_at, resolution, resolved_at, closed_at, follow_up, version)
     VALUES (@id, @ref, @type, @priority, @status, @department_id, @owner_id, @title,
       @description, @customer_name, @customer_contact, @visitor_id, @source, @conversation_id,
       @left_message_id, @created_by, @created_at, @updated_at, @due_at, @due_soon_noticed_at,
       @overdue_noticed_at, @resolution, @resolved_at, @closed_at, @follow_up, @version)`,
  );
  const insertEvent = db.prepare<[Omit<TicketEventRaw, 'id'>]>(
    `INSERT INTO ticket_events (ticket_id, kind, actor_agent_id, from_status, to_status, details, at)
     VALUES (@ticket_id, @kind, @actor_agent_id, @from_status, @to_status, @details, @at)`,
  );
  const eventsOf = db.prepare<[string], TicketEventRaw>(
    'SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id',
  );
  // One statement at start-up, on 018's index: the public replies whose chat message is missing.
  const undelivered = db.prepare<[string], TicketEventRaw>(
    `SELECT e.* FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
     WHERE e.kind = 'reply' AND e.at >= ? AND t.visitor_id IS NOT NULL
       AND json_extract(e.details, '$.public') = 1
       AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = json_extract(e.details, '$.messageId'))
     ORDER BY e.id`,
  );
  const handleLeftMessage = db.prepare<[string, string, string, string]>(
    `UPDATE left_messages SET handled_at = ?, handled_by = ?, handled_note = ?
     WHERE id = ? AND handled_at IS NULL`,
  );
  const dueForNotice = db.prepare<[{ now: string; soon: string; limit: number }], TicketRaw>(
    `SELECT * FROM tickets
     WHERE status IN (SELECT value FROM json_each('${OPEN}')) AND due_at <= @soon
       AND ((due_at <= @now AND overdue_noticed_at IS NULL)
         OR (due_at > @now AND due_soon_noticed_at IS NULL))
     ORDER BY due_at, rowid LIMIT @limit`,
  );
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const append = (ticketId: string, e: TicketEventDraft) =>
    insertEvent.run({
      ticket_id: ticketId,
      kind: e.kind,
      actor_agent_id: e.actorAgentId,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      details: JSON.stringify(e.details),
      at: e.at,
    });

  const create = db.transaction(
    (
      draft: TicketDraft,
      event: TicketEventDraft,
      options: Parameters<TicketRepository['create']>[2],
    ) => {
      const existing =
        (draft.leftMessageId && byLeftMessage.get(draft.leftMessageId)) ||
        (draft.source === 'conversation' && draft.conversationId
          ? byConversation.get(draft.conversationId)
          : undefined);
      if (existing) return { ticket: toTicketRow(existing), created: false };
      const number = nextNumber.get(options.year) ?? 1;
      const ref = `GD-${options.year}-${String(number).padStart(5, '0')}`;
      const row: TicketRow = {
        ...draft,
        ref,
        version: 1,
        updatedAt: draft.createdAt,
        dueSoonNoticedAt: null,
        overdueNoticedAt: null,
      };
      insert.run(toTicketRaw(row));
      append(row.id, event);
      const handled = options.handleLeftMessage;
      if (handled && draft.leftMessageId) {
        handleLeftMessage.run(handled.at, handled.by, handled.note(ref), draft.leftMessageId);
      }
      return { ticket: row, created: true };
    },
  );

  const apply = db.transaction(
    (id: string, expect: TicketExpectation, change: TicketChange, event: TicketEventDraft) => {
      const current = byId.get(id);
      if (!current) return null;
      if (expect.version !== undefined && current.version !== expect.version) return null;
      if (expect.statuses && !expect.statuses.includes(current.status)) return null;
      if (expect.dueAt !== undefined && current.due_at !== expect.dueAt) return null;
      if (expect.unnoticed === 'dueSoon' && current.due_soon_noticed_at !== null) return null;
      if (expect.unnoticed === 'overdue' && current.overdue_noticed_at !== null) return null;
      const sets = ['updated_at = ?'];
      const params: unknown[] = [event.at];
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined) continue;
        sets.push(`${CHANGE_COLUMNS[key as keyof TicketChange]} = ?`);
        params.push(typeof value === 'object' && value !== null ? JSON.stringify(value) : value);
      }
      prepared(`UPDATE tickets SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
      append(id, event);
      const after = byId.get(id);
      return after ? toTicketRow(after) : null;
    },
  );

  return {
    ...ticketContacts(db),
    async create(draft, event, options) {
      return create.immediate(draft, event, options);
    },
    async get(id) {
      const raw = byId.get(id);
      return raw ? toTicketRow(raw) : null;
    },
    async list(filter) {
      const { sql, params } = where(filter);
      // rowid: insertion order, for tickets made in the same millisecond.
      const order = filter.order === 'due' ? 'due_at, rowid' : 'created_at DESC, rowid DESC';
      const rows = prepared(
        `SELECT * FROM tickets ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      ).all({ ...params, limit: filter.limit, offset: filter.offset }) as TicketRaw[];
      const total = prepared(`SELECT COUNT(*) FROM tickets ${sql}`).pluck().get(params) as number;
      return { rows: rows.map(toTicketRow), total };
    },
    async apply(id, expect, change, event) {
      return apply.immediate(id, expect, change, event);
    },
    async events(ticketId) {
      return eventsOf.all(ticketId).map(toTicketEventRow);
    },
    async undeliveredRepliesSince(since) {
      return undelivered.all(since).map(toTicketEventRow);
    },
    async dueForNotice(now, soon, limit) {
      return dueForNotice.all({ now, soon, limit }).map(toTicketRow);
    },
  };
}
