import type { Migration } from '../migrate.ts';

/**
 * Portable SQL only (runs on SQLite and PostgreSQL): TEXT ids and ISO 8601 timestamps,
 * JSON kept as TEXT, booleans as 0/1. Status columns have no CHECK list because later
 * issues add statuses, and SQLite cannot alter a CHECK without rebuilding the table.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE visitors (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  lang TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);

CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  visitor_id TEXT NOT NULL REFERENCES visitors (id),
  status TEXT NOT NULL,
  lang TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  handoff_requested_at TEXT
);
CREATE INDEX conversations_visitor ON conversations (visitor_id, created_at);
-- At most one open conversation per visitor, even when two tabs write at once.
CREATE UNIQUE INDEX conversations_one_open ON conversations (visitor_id) WHERE status <> 'closed';

CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations (id),
  seq INTEGER NOT NULL,
  client_id TEXT,
  reply_to TEXT REFERENCES messages (id),
  author TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  faq_id TEXT,
  payload TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  UNIQUE (conversation_id, seq),
  UNIQUE (conversation_id, client_id)
);
CREATE INDEX messages_reply_to ON messages (reply_to);

CREATE TABLE faq_feedback (
  message_id TEXT PRIMARY KEY REFERENCES messages (id),
  faq_id TEXT NOT NULL,
  helpful INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX faq_feedback_faq ON faq_feedback (faq_id);

CREATE TABLE faq_entries (
  id TEXT PRIMARY KEY,
  lang TEXT,
  question TEXT NOT NULL,
  similar TEXT NOT NULL DEFAULT '[]',
  keywords TEXT NOT NULL DEFAULT '[]',
  answer TEXT NOT NULL,
  category TEXT,
  department TEXT,
  status TEXT NOT NULL DEFAULT 'published',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX faq_entries_status ON faq_entries (status);
`,
};
