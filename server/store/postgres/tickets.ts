import { OPEN_TICKET_STATUSES } from '../../../protocol/index.ts';
import type {
  TicketChange,
  TicketDraft,
  TicketEventDraft,
  TicketFilter,
  TicketRepository,
  TicketRow,
} from '../types.ts';
import {
  CHANGE_COLUMNS,
  toTicketEventRow,
  toTicketRaw,
  toTicketRow,
  type TicketEventRaw,
  type TicketRaw,
} from '../rows/tickets.ts';
import type { Param, Sql } from './sql.ts';
import { ticketContacts } from './ticket-contacts.ts';

const COLUMNS: readonly (keyof TicketRaw)[] = [
  'id',
  'ref',
  'type',
  'priority',
  'status',
  'department_id',
  'owner_id',
  'title',
  'description',
  'customer_name',
  'customer_contact',
  'visitor_id',
  'source',
  'conversation_id',
  'left_message_id',
  'created_by',
  'created_at',
  'updated_at',
  'due_at',
  'due_soon_noticed_at',
  'overdue_noticed_at',
  'resolution',
  'resolved_at',
  'closed_at',
  'follow_up',
  'version',
];

const INSERT = `INSERT INTO tickets (${COLUMNS.join(', ')})
  VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;

/** WHERE clause of a list, its values appended to `params`; column names are fixed here. */
function where(f: TicketFilter, params: Param[]): string {
  const bind = (value: Param) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  if (f.visibleTo) {
    const me = bind(f.visibleTo.agentId);
    parts.push(`(owner_id = ${me} OR department_id = ANY(${bind(f.visibleTo.departments)})
      OR department_id IN (SELECT department_id FROM department_contacts WHERE agent_id = ${me}))`);
  }
  if (f.statuses) parts.push(`status = ANY(${bind(f.statuses)})`);
  const equal = { type: 'type', departmentId: 'department_id', ownerId: 'owner_id', ref: 'ref' };
  for (const [key, column] of Object.entries(equal)) {
    const value = f[key as keyof typeof equal];
    if (value !== undefined) parts.push(`${column} = ${bind(value)}`);
  }
  if (f.unowned) parts.push('owner_id IS NULL');
  if (f.dueBy !== undefined) parts.push(`due_at <= ${bind(f.dueBy)}`);
  if (f.dueAfter !== undefined) parts.push(`due_at > ${bind(f.dueAfter)}`);
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

const byId = async (sql: Sql, id: string) =>
  sql.get<TicketRaw>('SELECT * FROM tickets WHERE id = $1', [id]);

const append = (sql: Sql, ticketId: string, e: TicketEventDraft) =>
  sql.run(
    `INSERT INTO ticket_events (ticket_id, kind, actor_agent_id, from_status, to_status, details, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [ticketId, e.kind, e.actorAgentId, e.fromStatus, e.toStatus, JSON.stringify(e.details), e.at],
  );

async function existing(sql: Sql, draft: TicketDraft): Promise<TicketRaw | undefined> {
  if (draft.leftMessageId) {
    const raw = await sql.get<TicketRaw>('SELECT * FROM tickets WHERE left_message_id = $1', [
      draft.leftMessageId,
    ]);
    if (raw) return raw;
  }
  if (draft.source !== 'conversation' || !draft.conversationId) return undefined;
  return sql.get<TicketRaw>(
    "SELECT * FROM tickets WHERE conversation_id = $1 AND source = 'conversation'",
    [draft.conversationId],
  );
}

export function ticketRepository(db: Sql): TicketRepository {
  return {
    ...ticketContacts(db),
    async create(draft, event, options) {
      return db.tx(async (sql) => {
        const found = await existing(sql, draft);
        if (found) return { ticket: toTicketRow(found), created: false };
        // One row per year, bumped in place: every node gets the next number, none twice.
        const counter = await sql.get<{ last: number }>(
          `INSERT INTO ticket_counters (year, last) VALUES ($1, 1)
           ON CONFLICT (year) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last`,
          [options.year],
        );
        const number = counter?.last ?? 1;
        const ref = `GD-${options.year}-${String(number).padStart(5, '0')}`;
        const row: TicketRow = {
          ...draft,
          ref,
          version: 1,
          updatedAt: draft.createdAt,
          dueSoonNoticedAt: null,
          overdueNoticedAt: null,
        };
        const raw = toTicketRaw(row);
        await sql.run(
          INSERT,
          COLUMNS.map((column) => raw[column]),
        );
        await append(sql, row.id, event);
        const handled = options.handleLeftMessage;
        if (handled && draft.leftMessageId) {
          await sql.run(
            `UPDATE left_messages SET handled_at = $1, handled_by = $2, handled_note = $3
             WHERE id = $4 AND handled_at IS NULL`,
            [handled.at, handled.by, handled.note(ref), draft.leftMessageId],
          );
        }
        return { ticket: row, created: true };
      });
    },
    async get(id) {
      const raw = await byId(db, id);
      return raw ? toTicketRow(raw) : null;
    },
    async list(filter) {
      const params: Param[] = [];
      const clause = where(filter, params);
      // rowid: insertion order, for tickets made in the same millisecond.
      const order = filter.order === 'due' ? 'due_at, rowid' : 'created_at DESC, rowid DESC';
      const n = params.length;
      const rows = await db.all<TicketRaw>(
        `SELECT * FROM tickets ${clause} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, filter.limit, filter.offset],
      );
      const total = await db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM tickets ${clause}`,
        params,
      );
      return { rows: rows.map(toTicketRow), total: total?.n ?? 0 };
    },
    async apply(id, expect, change, event) {
      return db.tx(async (sql) => {
        const current = await byId(sql, id);
        if (!current) return null;
        if (expect.version !== undefined && current.version !== expect.version) return null;
        if (expect.statuses && !expect.statuses.includes(current.status)) return null;
        if (expect.dueAt !== undefined && current.due_at !== expect.dueAt) return null;
        if (expect.unnoticed === 'dueSoon' && current.due_soon_noticed_at !== null) return null;
        if (expect.unnoticed === 'overdue' && current.overdue_noticed_at !== null) return null;
        const params: Param[] = [event.at];
        const sets = ['updated_at = $1'];
        for (const [key, value] of Object.entries(change)) {
          if (value === undefined) continue;
          params.push(typeof value === 'object' && value !== null ? JSON.stringify(value) : value);
          sets.push(`${CHANGE_COLUMNS[key as keyof TicketChange]} = $${params.length}`);
        }
        params.push(id);
        await sql.run(`UPDATE tickets SET ${sets.join(', ')} WHERE id = $${params.length}`, params);
        await append(sql, id, event);
        const after = await byId(sql, id);
        return after ? toTicketRow(after) : null;
      });
    },
    async events(ticketId) {
      const rows = await db.all<TicketEventRaw>(
        'SELECT * FROM ticket_events WHERE ticket_id = $1 ORDER BY id',
        [ticketId],
      );
      return rows.map(toTicketEventRow);
    },
    async undeliveredRepliesSince(since) {
      // json_extract gave 1 for both true and 1; ->> gives their text.
      const rows = await db.all<TicketEventRaw>(
        `SELECT e.* FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
         WHERE e.kind = 'reply' AND e.at >= $1 AND t.visitor_id IS NOT NULL
           AND (e.details::jsonb ->> 'public') IN ('true', '1')
           AND NOT EXISTS (
             SELECT 1 FROM messages m WHERE m.id = (e.details::jsonb ->> 'messageId'))
         ORDER BY e.id`,
        [since],
      );
      return rows.map(toTicketEventRow);
    },
    async dueForNotice(now, soon, limit) {
      const rows = await db.all<TicketRaw>(
        `SELECT * FROM tickets
         WHERE status = ANY($1) AND due_at <= $2
           AND ((due_at <= $3 AND overdue_noticed_at IS NULL)
             OR (due_at > $3 AND due_soon_noticed_at IS NULL))
         ORDER BY due_at, rowid LIMIT $4`,
        [OPEN_TICKET_STATUSES, soon, now, limit],
      );
      return rows.map(toTicketRow);
    },
  };
}
