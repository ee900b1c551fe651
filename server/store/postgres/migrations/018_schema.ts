import { DEFAULT_DEPARTMENT_SQL, DEFAULT_QUICK_REPLIES_SQL } from '../../seed-sql.ts';
import type { PgMigration } from '../migrate.ts';

/**
 * The whole schema SQLite reached through its migrations 001–018, as one PostgreSQL migration
 * numbered 18, so both engines number their migrations alike from 019 on.
 *
 * Timestamps stay ISO-8601 UTC text, as in SQLite: every repository compares, orders and
 * returns them the same way on both engines. `rowid` (an identity column) stands in for
 * SQLite's implicit rowid where queries order ties by insertion. Transcript search keeps the
 * terms knowledge/ makes in a tsvector (the 'simple' configuration: no stemming, the terms are
 * already what to match) instead of an FTS5 table.
 */
export const schema: PgMigration = {
  version: 18,
  name: 'schema',
  sql: `
CREATE TABLE visitors (
  id text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  lang text NOT NULL,
  created_at text NOT NULL,
  last_seen_at text NOT NULL,
  user_agent text,
  referrer text,
  external_id text,
  identity text,
  merged_into text,
  pre_chat text
);
CREATE INDEX visitors_created ON visitors (created_at);
CREATE UNIQUE INDEX visitors_external ON visitors (external_id) WHERE external_id IS NOT NULL;

CREATE TABLE departments (
  id text PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  is_default integer NOT NULL DEFAULT 0,
  created_at text NOT NULL
);
${DEFAULT_DEPARTMENT_SQL}

CREATE TABLE agents (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL,
  password_hash text NOT NULL,
  max_chats integer NOT NULL DEFAULT 5,
  lang text NOT NULL,
  disabled integer NOT NULL DEFAULT 0,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  status text NOT NULL DEFAULT 'offline',
  status_changed_at text,
  last_assigned_at text,
  avatar text UNIQUE,
  avatar_type text
);
CREATE INDEX agents_role ON agents (role);
CREATE INDEX agents_status ON agents (status);

CREATE TABLE agent_departments (
  agent_id text NOT NULL REFERENCES agents (id),
  department_id text NOT NULL REFERENCES departments (id),
  PRIMARY KEY (agent_id, department_id)
);
CREATE INDEX agent_departments_department ON agent_departments (department_id);

CREATE TABLE agent_sessions (
  id text PRIMARY KEY,
  agent_id text NOT NULL REFERENCES agents (id),
  created_at text NOT NULL,
  last_seen_at text NOT NULL,
  expires_at text NOT NULL
);
CREATE INDEX agent_sessions_agent ON agent_sessions (agent_id);
CREATE INDEX agent_sessions_expires ON agent_sessions (expires_at);
CREATE INDEX agent_sessions_last_seen ON agent_sessions (last_seen_at);

CREATE TABLE conversations (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  visitor_id text NOT NULL REFERENCES visitors (id),
  status text NOT NULL,
  lang text NOT NULL,
  last_seq integer NOT NULL DEFAULT 0,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  handoff_requested_at text,
  department_id text REFERENCES departments (id),
  agent_id text REFERENCES agents (id),
  queued_at text,
  assigned_at text,
  first_reply_at text,
  transferred_at text,
  closed_at text,
  closed_by text REFERENCES agents (id),
  close_type text,
  close_tags text NOT NULL DEFAULT '[]',
  close_summary text,
  rating integer,
  rating_comment text,
  rated_at text,
  agent_read_seq integer NOT NULL DEFAULT 0,
  page_url text,
  visitor_messages integer NOT NULL DEFAULT 0,
  priority integer NOT NULL DEFAULT 0
);
CREATE INDEX conversations_visitor ON conversations (visitor_id, created_at);
CREATE UNIQUE INDEX conversations_one_open ON conversations (visitor_id) WHERE status <> 'closed';
CREATE INDEX conversations_queue ON conversations (status, department_id, queued_at);
CREATE INDEX conversations_agent ON conversations (agent_id, status);
CREATE INDEX conversations_closed ON conversations (closed_at);
CREATE INDEX conversations_created ON conversations (created_at);
CREATE INDEX conversations_department_created ON conversations (department_id, created_at);

CREATE TABLE messages (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations (id),
  seq integer NOT NULL,
  client_id text,
  reply_to text REFERENCES messages (id),
  author text NOT NULL,
  kind text NOT NULL,
  body text NOT NULL,
  faq_id text,
  payload text NOT NULL DEFAULT '{}',
  created_at text NOT NULL,
  agent_id text REFERENCES agents (id),
  -- Whether the transcript indexer has seen it: a flag rather than a high-water mark, because
  -- concurrent transactions commit identity values out of order.
  indexed boolean NOT NULL DEFAULT false,
  UNIQUE (conversation_id, seq),
  UNIQUE (conversation_id, client_id)
);
CREATE INDEX messages_reply_to ON messages (reply_to);
CREATE INDEX messages_faq ON messages (faq_id) WHERE faq_id IS NOT NULL;
CREATE INDEX messages_agent_written ON messages (created_at, agent_id) WHERE agent_id IS NOT NULL;
CREATE INDEX messages_answers ON messages (created_at, faq_id) WHERE kind = 'answer' AND faq_id IS NOT NULL;
CREATE INDEX messages_unindexed ON messages (rowid) WHERE NOT indexed;

CREATE TABLE message_search (
  message_rowid bigint PRIMARY KEY REFERENCES messages (rowid) ON DELETE CASCADE,
  conversation bigint NOT NULL REFERENCES conversations (rowid) ON DELETE CASCADE,
  terms tsvector NOT NULL
);
CREATE INDEX message_search_terms ON message_search USING gin (terms);
CREATE INDEX message_search_conversation ON message_search (conversation);

CREATE TABLE faq_feedback (
  message_id text PRIMARY KEY REFERENCES messages (id),
  faq_id text NOT NULL,
  helpful integer NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL
);
CREATE INDEX faq_feedback_faq ON faq_feedback (faq_id);
CREATE INDEX faq_feedback_created ON faq_feedback (created_at);

CREATE TABLE faq_entries (
  id text PRIMARY KEY,
  lang text,
  question text NOT NULL,
  "similar" text NOT NULL DEFAULT '[]',
  keywords text NOT NULL DEFAULT '[]',
  answer text NOT NULL,
  category text,
  department text,
  status text NOT NULL DEFAULT 'published',
  created_at text NOT NULL,
  updated_at text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by text REFERENCES agents (id),
  deleted_at text
);
CREATE INDEX faq_entries_status ON faq_entries (status);
CREATE INDEX faq_entries_updated ON faq_entries (updated_at);

CREATE TABLE faq_revisions (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  entry_id text NOT NULL,
  version integer NOT NULL,
  action text NOT NULL,
  snapshot text NOT NULL,
  agent_id text REFERENCES agents (id),
  at text NOT NULL
);
CREATE INDEX faq_revisions_entry ON faq_revisions (entry_id, id);

CREATE TABLE conversation_events (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations (id),
  kind text NOT NULL,
  actor_agent_id text REFERENCES agents (id),
  agent_id text REFERENCES agents (id),
  department_id text REFERENCES departments (id),
  note text,
  at text NOT NULL,
  faq_id text
);
CREATE INDEX conversation_events_conversation ON conversation_events (conversation_id, id);
CREATE INDEX conversation_events_at ON conversation_events (at);
CREATE INDEX conversation_events_faq ON conversation_events (faq_id) WHERE faq_id IS NOT NULL;
CREATE INDEX conversation_events_agent ON conversation_events (agent_id) WHERE agent_id IS NOT NULL;

CREATE TABLE conversation_notes (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations (id),
  agent_id text NOT NULL REFERENCES agents (id),
  client_id text NOT NULL,
  body text NOT NULL,
  created_at text NOT NULL,
  UNIQUE (conversation_id, client_id)
);

CREATE TABLE left_messages (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  visitor_id text NOT NULL REFERENCES visitors (id),
  client_id text NOT NULL,
  name text NOT NULL,
  contact text NOT NULL,
  body text NOT NULL,
  lang text NOT NULL,
  department_id text REFERENCES departments (id),
  page_url text,
  created_at text NOT NULL,
  handled_at text,
  handled_by text REFERENCES agents (id),
  handled_note text,
  UNIQUE (visitor_id, client_id)
);
CREATE INDEX left_messages_open ON left_messages (handled_at, created_at);
CREATE INDEX left_messages_created ON left_messages (created_at);

CREATE TABLE quick_replies (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  lang text NOT NULL,
  shortcut text NOT NULL,
  body text NOT NULL,
  sort integer NOT NULL DEFAULT 0,
  created_at text NOT NULL,
  updated_at text NOT NULL
);
${DEFAULT_QUICK_REPLIES_SQL}

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at text NOT NULL
);

CREATE TABLE question_gaps (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  message_id text NOT NULL REFERENCES messages (id),
  conversation_id text NOT NULL REFERENCES conversations (id),
  text text NOT NULL,
  lang text NOT NULL,
  reason text NOT NULL,
  faq_id text,
  at text NOT NULL,
  resolution text,
  resolved_faq_id text,
  resolved_by text REFERENCES agents (id),
  resolved_at text,
  UNIQUE (message_id, reason)
);
CREATE INDEX question_gaps_open ON question_gaps (at) WHERE resolution IS NULL;
CREATE INDEX question_gaps_at ON question_gaps (at);
CREATE INDEX question_gaps_conversation ON question_gaps (conversation_id);

CREATE TABLE audit_log (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at text NOT NULL,
  agent_id text REFERENCES agents (id),
  action text NOT NULL,
  target text,
  details text NOT NULL DEFAULT '{}'
);

CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_started_at text NOT NULL,
  locked_until text
);
CREATE INDEX login_throttle_window ON login_throttle (window_started_at);

CREATE TABLE tickets (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  ref text NOT NULL UNIQUE,
  type text NOT NULL,
  priority text NOT NULL,
  status text NOT NULL,
  department_id text NOT NULL REFERENCES departments (id),
  owner_id text REFERENCES agents (id),
  title text NOT NULL,
  description text NOT NULL,
  customer_name text,
  customer_contact text,
  visitor_id text,
  source text NOT NULL,
  conversation_id text,
  left_message_id text UNIQUE,
  created_by text REFERENCES agents (id),
  created_at text NOT NULL,
  updated_at text NOT NULL,
  due_at text NOT NULL,
  due_soon_noticed_at text,
  overdue_noticed_at text,
  resolution text,
  resolved_at text,
  closed_at text,
  follow_up text,
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX tickets_one_per_conversation ON tickets (conversation_id) WHERE source = 'conversation';
CREATE INDEX tickets_status_due ON tickets (status, due_at);
CREATE INDEX tickets_department ON tickets (department_id, created_at);
CREATE INDEX tickets_owner ON tickets (owner_id, created_at);
CREATE INDEX tickets_created ON tickets (created_at);
CREATE INDEX tickets_resolved ON tickets (resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX tickets_updated ON tickets (updated_at);

CREATE TABLE ticket_events (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  ticket_id text NOT NULL REFERENCES tickets (id),
  kind text NOT NULL,
  actor_agent_id text REFERENCES agents (id),
  from_status text,
  to_status text,
  details text NOT NULL DEFAULT '{}',
  at text NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);
CREATE INDEX ticket_events_status_at ON ticket_events (at) WHERE kind = 'status';
CREATE INDEX ticket_events_reply_at ON ticket_events (at) WHERE kind = 'reply';

CREATE TABLE ticket_counters (
  year integer PRIMARY KEY,
  last integer NOT NULL
);

CREATE TABLE department_contacts (
  department_id text NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
  agent_id text NOT NULL REFERENCES agents (id),
  PRIMARY KEY (department_id, agent_id)
);
CREATE INDEX department_contacts_agent ON department_contacts (agent_id);

CREATE TABLE surveys (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  title text NOT NULL,
  intro text NOT NULL,
  status text NOT NULL,
  questions text NOT NULL,
  placement text NOT NULL,
  created_by text REFERENCES agents (id),
  created_at text NOT NULL,
  updated_at text NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX surveys_status ON surveys (status, created_at);

CREATE TABLE survey_responses (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  survey_id text NOT NULL REFERENCES surveys (id),
  visitor_id text,
  client_id text NOT NULL,
  channel text NOT NULL,
  page_url text,
  conversation_id text,
  lang text NOT NULL,
  answers text NOT NULL,
  created_at text NOT NULL
);
CREATE UNIQUE INDEX survey_responses_one_per_visitor ON survey_responses (survey_id, visitor_id);
CREATE UNIQUE INDEX survey_responses_client ON survey_responses (survey_id, client_id);
CREATE INDEX survey_responses_created ON survey_responses (created_at);

CREATE TABLE mail_outbox (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  ticket_id text NOT NULL,
  ref text NOT NULL,
  agent_id text NOT NULL,
  message text NOT NULL,
  reply_at text NOT NULL,
  attempt integer NOT NULL,
  due_at text NOT NULL
);
`,
};
