import type { Database } from 'better-sqlite3';
import { OPEN_TICKET_STATUSES, type TicketType } from '../../../protocol/index.ts';
import type { TicketFacts, TimeRange } from '../types.ts';

type ResolvedRaw = [
  type: TicketType,
  createdAt: string,
  dueAt: string,
  resolvedAt: string,
  followedUp: 0 | 1,
];

const OPEN = OPEN_TICKET_STATUSES.map((s) => `'${s}'`).join(', ');

/** The monthly report's work-order facts; every query is an index range (see 013). */
export function reportTickets(db: Database): (range: TimeRange) => TicketFacts {
  const created = db.prepare<[TimeRange], { type: TicketType; departmentId: string }>(
    `SELECT type, department_id AS departmentId FROM tickets
     WHERE created_at >= @from AND created_at < @to`,
  );
  const resolved = db
    .prepare<[TimeRange], ResolvedRaw>(
      `SELECT type, created_at, due_at, resolved_at, follow_up IS NOT NULL FROM tickets
       WHERE resolved_at >= @from AND resolved_at < @to`,
    )
    .raw();
  const steps = db.prepare<[TimeRange], { returned: number | null; reopened: number | null }>(
    `SELECT SUM(to_status = 'returned') AS returned,
       SUM(to_status = 'in_progress' AND from_status IN ('resolved', 'followed_up', 'closed'))
         AS reopened
     FROM ticket_events WHERE kind = 'status' AND at >= @from AND at < @to`,
  );
  // A ticket untouched since the end is as it was then; only those open now or changed since
  // are replayed, each from its last status event before the end (the `created` one says new).
  // `+created_at` keeps the planner on the two small indexes of the OR, not every older ticket.
  const openAtEnd = db
    .prepare<[{ at: string }], string>(
      `SELECT due_at FROM (
         SELECT t.due_at,
           (SELECT e.to_status FROM ticket_events e
            WHERE e.ticket_id = t.id AND e.to_status IS NOT NULL AND e.at < @at
            ORDER BY e.id DESC LIMIT 1) AS status_then
         FROM tickets t
         WHERE +t.created_at < @at AND (t.status IN (${OPEN}) OR t.updated_at >= @at))
       WHERE status_then IN (${OPEN})`,
    )
    .pluck();
  return (range) => {
    const counts = steps.get(range);
    return {
      created: created.all(range),
      resolved: resolved.all(range).map((r) => ({
        type: r[0],
        createdAt: r[1],
        dueAt: r[2],
        resolvedAt: r[3],
        followedUp: r[4] === 1,
      })),
      returned: counts?.returned ?? 0,
      reopened: counts?.reopened ?? 0,
      openDueAt: openAtEnd.all({ at: range.to }),
    };
  };
}
