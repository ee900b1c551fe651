import type { Migration } from '../migrate.ts';

/**
 * Work orders (工单). Same portable rules as 001. `tickets` holds the current state, with a
 * `version` every change compares and bumps; `ticket_events` is the append-only timeline
 * (every state change, assignment, note, reply, follow-up and deadline warning), written in
 * the same transaction as the row. The conversation and left message a ticket came from are
 * plain ids, not foreign keys: retention may delete the chat, the ticket (with its own copy of
 * the text and the customer's contact) stays. `ticket_counters` numbers tickets per year.
 */
export const tickets: Migration = {
  version: 11,
  name: 'tickets',
  sql: `
CREATE TABLE tickets (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  priority TEXT NOT NULL,
  status TEXT NOT NULL,
  department_id TEXT NOT NULL REFERENCES departments (id),
  owner_id TEXT REFERENCES agents (id),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  customer_name TEXT,
  customer_contact TEXT,
  visitor_id TEXT,
  source TEXT NOT NULL,
  conversation_id TEXT,
  left_message_id TEXT UNIQUE,
  created_by TEXT REFERENCES agents (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  due_at TEXT NOT NULL,
  due_soon_noticed_at TEXT,
  overdue_noticed_at TEXT,
  resolution TEXT,
  resolved_at TEXT,
  closed_at TEXT,
  follow_up TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
-- One ticket per chat closed as a complaint or for follow-up, however often the close is sent.
CREATE UNIQUE INDEX tickets_one_per_conversation ON tickets (conversation_id)
  WHERE source = 'conversation';
CREATE INDEX tickets_status_due ON tickets (status, due_at);
CREATE INDEX tickets_department ON tickets (department_id, created_at);
CREATE INDEX tickets_owner ON tickets (owner_id, created_at);
CREATE INDEX tickets_created ON tickets (created_at);

CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY,
  ticket_id TEXT NOT NULL REFERENCES tickets (id),
  kind TEXT NOT NULL,
  actor_agent_id TEXT REFERENCES agents (id),
  from_status TEXT,
  to_status TEXT,
  details TEXT NOT NULL DEFAULT '{}',
  at TEXT NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);

CREATE TABLE ticket_counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);

-- Who receives a department's tickets (they need not work its chats).
CREATE TABLE department_contacts (
  department_id TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
  agent_id TEXT NOT NULL REFERENCES agents (id),
  PRIMARY KEY (department_id, agent_id)
);
CREATE INDEX department_contacts_agent ON department_contacts (agent_id);
`,
};
