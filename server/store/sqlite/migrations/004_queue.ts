import type { Migration } from '../migrate.ts';
import { DEFAULT_QUICK_REPLIES_SQL } from '../../seed-sql.ts';

/**
 * Handoff, queue and routing, the console's chat work and the visitor's rating. Same portable
 * rules as 001. `handoff_requested` becomes `queued`; `active` means an agent holds the chat.
 * Every step of a conversation is also logged in conversation_events (who, when, from where
 * to where), which the monthly analysis reads; the columns on conversations are the current
 * state and the firsts it needs most often.
 */
export const queue: Migration = {
  version: 4,
  name: 'queue',
  sql: `
UPDATE conversations SET status = 'queued' WHERE status = 'handoff_requested';
ALTER TABLE conversations ADD COLUMN department_id TEXT REFERENCES departments (id);
ALTER TABLE conversations ADD COLUMN agent_id TEXT REFERENCES agents (id);
ALTER TABLE conversations ADD COLUMN queued_at TEXT;
ALTER TABLE conversations ADD COLUMN assigned_at TEXT;
ALTER TABLE conversations ADD COLUMN first_reply_at TEXT;
ALTER TABLE conversations ADD COLUMN transferred_at TEXT;
ALTER TABLE conversations ADD COLUMN closed_at TEXT;
ALTER TABLE conversations ADD COLUMN closed_by TEXT REFERENCES agents (id);
ALTER TABLE conversations ADD COLUMN close_type TEXT;
ALTER TABLE conversations ADD COLUMN close_tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE conversations ADD COLUMN close_summary TEXT;
ALTER TABLE conversations ADD COLUMN rating INTEGER;
ALTER TABLE conversations ADD COLUMN rating_comment TEXT;
ALTER TABLE conversations ADD COLUMN rated_at TEXT;
-- The last seq the holding agent has seen: unread = last_seq - agent_read_seq.
ALTER TABLE conversations ADD COLUMN agent_read_seq INTEGER NOT NULL DEFAULT 0;
UPDATE conversations SET queued_at = handoff_requested_at WHERE status = 'queued';
CREATE INDEX conversations_queue ON conversations (status, department_id, queued_at);
CREATE INDEX conversations_agent ON conversations (agent_id, status);
CREATE INDEX conversations_closed ON conversations (closed_at);

ALTER TABLE visitors ADD COLUMN user_agent TEXT;
ALTER TABLE visitors ADD COLUMN referrer TEXT;

-- Ties in routing go to the agent idle longest: the one assigned a chat least recently.
ALTER TABLE agents ADD COLUMN last_assigned_at TEXT;

CREATE TABLE conversation_events (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id),
  kind TEXT NOT NULL,
  -- Who did it (NULL: the visitor or Kefu itself) and, for assignments, who got the chat.
  actor_agent_id TEXT REFERENCES agents (id),
  agent_id TEXT REFERENCES agents (id),
  department_id TEXT REFERENCES departments (id),
  note TEXT,
  at TEXT NOT NULL
);
CREATE INDEX conversation_events_conversation ON conversation_events (conversation_id, id);
CREATE INDEX conversation_events_at ON conversation_events (at);

-- Internal notes live apart from messages, so no query for a visitor can ever return one.
CREATE TABLE conversation_notes (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id),
  agent_id TEXT NOT NULL REFERENCES agents (id),
  client_id TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (conversation_id, client_id)
);

CREATE TABLE left_messages (
  id TEXT PRIMARY KEY,
  visitor_id TEXT NOT NULL REFERENCES visitors (id),
  client_id TEXT NOT NULL,
  name TEXT NOT NULL,
  contact TEXT NOT NULL,
  body TEXT NOT NULL,
  lang TEXT NOT NULL,
  department_id TEXT REFERENCES departments (id),
  page_url TEXT,
  created_at TEXT NOT NULL,
  handled_at TEXT,
  handled_by TEXT REFERENCES agents (id),
  handled_note TEXT,
  UNIQUE (visitor_id, client_id)
);
CREATE INDEX left_messages_open ON left_messages (handled_at, created_at);

CREATE TABLE quick_replies (
  id TEXT PRIMARY KEY,
  lang TEXT NOT NULL,
  shortcut TEXT NOT NULL,
  body TEXT NOT NULL,
  sort INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- The service etiquette every desk starts from; admins edit or delete them.
${DEFAULT_QUICK_REPLIES_SQL}

-- Admin settings (business hours, the department picker), one JSON value per key.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
};
