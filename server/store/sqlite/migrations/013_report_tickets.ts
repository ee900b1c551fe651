import type { Migration } from '../migrate.ts';

/**
 * The monthly report's work-order queries (server/store/sqlite/report-tickets.ts): tickets by
 * when they were resolved and last changed, status steps by when they were taken.
 */
export const reportTickets: Migration = {
  version: 13,
  name: 'report_tickets',
  sql: `
CREATE INDEX tickets_resolved ON tickets (resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX tickets_updated ON tickets (updated_at);
CREATE INDEX ticket_events_status_at ON ticket_events (at) WHERE kind = 'status';
`,
};
