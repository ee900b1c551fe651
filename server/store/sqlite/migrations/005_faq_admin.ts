import type { Migration } from '../migrate.ts';

/**
 * Knowledge base administration: versions and revision history for FAQ entries (who changed
 * what, with restore), deletion that keeps the history, and what the per-entry statistics
 * read. Same portable rules as 001.
 */
export const faqAdmin: Migration = {
  version: 5,
  name: 'faq_admin',
  sql: `
ALTER TABLE faq_entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE faq_entries ADD COLUMN updated_by TEXT REFERENCES agents (id);
ALTER TABLE faq_entries ADD COLUMN deleted_at TEXT;
CREATE INDEX faq_entries_updated ON faq_entries (updated_at);

CREATE TABLE faq_revisions (
  id INTEGER PRIMARY KEY,
  entry_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  action TEXT NOT NULL,
  -- The whole entry as this revision saved it, as JSON.
  snapshot TEXT NOT NULL,
  agent_id TEXT REFERENCES agents (id),
  at TEXT NOT NULL
);
CREATE INDEX faq_revisions_entry ON faq_revisions (entry_id, id);

-- Hits: the bot's answers carry faq_id.
CREATE INDEX messages_faq ON messages (faq_id) WHERE faq_id IS NOT NULL;
-- The FAQ entry the bot had just answered with when the visitor asked for a person.
ALTER TABLE conversation_events ADD COLUMN faq_id TEXT;
CREATE INDEX conversation_events_faq ON conversation_events (faq_id) WHERE faq_id IS NOT NULL;
`,
};
