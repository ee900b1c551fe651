import { OPEN_TICKET_STATUSES, type TicketType } from '../../../protocol/index.ts';
import type { TicketFacts, TimeRange } from '../types.ts';
import type { Sql } from './sql.ts';

interface ResolvedRaw {
  type: TicketType;
  created_at: string;
  due_at: string;
  resolved_at: string;
  followed_up: boolean;
}

/** The monthly report's work-order facts; every query is an index range (see 013). */
export function reportTickets(db: Sql): (range: TimeRange) => Promise<TicketFacts> {
  return async (range) => {
    const bounds = [range.from, range.to];
    const created = await db.all<{ type: TicketType; departmentId: string }>(
      `SELECT type, department_id AS "departmentId" FROM tickets
       WHERE created_at >= $1 AND created_at < $2`,
      bounds,
    );
    const resolved = await db.all<ResolvedRaw>(
      `SELECT type, created_at, due_at, resolved_at, follow_up IS NOT NULL AS followed_up
       FROM tickets WHERE resolved_at >= $1 AND resolved_at < $2`,
      bounds,
    );
    // SUM over no rows is null, as in SQLite.
    const steps = await db.get<{ returned: number | null; reopened: number | null }>(
      `SELECT SUM((to_status = 'returned')::int) AS returned,
         SUM((to_status = 'in_progress'
           AND from_status IN ('resolved', 'followed_up', 'closed'))::int) AS reopened
       FROM ticket_events WHERE kind = 'status' AND at >= $1 AND at < $2`,
      bounds,
    );
    // A ticket untouched since the end is as it was then; only those open now or changed since
    // are replayed, each from its last status event before the end (the `created` one says new).
    const open = await db.all<{ due_at: string }>(
      `SELECT due_at FROM (
         SELECT t.due_at,
           (SELECT e.to_status FROM ticket_events e
            WHERE e.ticket_id = t.id AND e.to_status IS NOT NULL AND e.at < $1
            ORDER BY e.id DESC LIMIT 1) AS status_then
         FROM tickets t
         WHERE t.created_at < $1 AND (t.status = ANY($2) OR t.updated_at >= $1)) replayed
       WHERE status_then = ANY($2)`,
      [range.to, OPEN_TICKET_STATUSES],
    );
    return {
      created,
      resolved: resolved.map((r) => ({
        type: r.type,
        createdAt: r.created_at,
        dueAt: r.due_at,
        resolvedAt: r.resolved_at,
        followedUp: r.followed_up,
      })),
      returned: steps?.returned ?? 0,
      reopened: steps?.reopened ?? 0,
      openDueAt: open.map((r) => r.due_at),
    };
  };
}
