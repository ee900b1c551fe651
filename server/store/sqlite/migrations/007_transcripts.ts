import type { Migration } from '../migrate.ts';

/**
 * Transcript search and the monthly analysis. SQLite only from here on for search: FTS5 is
 * SQLite's own; a PostgreSQL store brings its own search behind the same repository.
 *
 * message_search is contentless (the text lives in messages; rowid = messages.rowid) and holds
 * search terms Kefu makes itself (Chinese as character bigrams, other scripts as words), so a
 * two-character word such as 退货 is found, which FTS5's own tokenizers cannot do. It is filled
 * off the message hot path, in batches, up to search_progress.last_rowid. Only what visitors and
 * agents wrote is indexed: the bot's canned answers would be most of the index and find nothing
 * the visitor's question did not. contentless_unindexed needs SQLite 3.47 (better-sqlite3 12 has 3.50+).
 */
export const transcripts: Migration = {
  version: 7,
  name: 'transcripts',
  sql: `
CREATE INDEX conversations_created ON conversations (created_at);
CREATE INDEX conversations_department_created ON conversations (department_id, created_at);
-- The page the visitor first wrote from, set by the search indexer, for the transcript filter.
ALTER TABLE conversations ADD COLUMN page_url TEXT;

-- conversation (the conversation's rowid) is stored but not indexed, so a search finds each
-- hit's conversation without reading the (wide) message row.
CREATE VIRTUAL TABLE message_search USING fts5 (
  terms, conversation UNINDEXED,
  content = '', contentless_unindexed = 1, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TABLE search_progress (
  name TEXT PRIMARY KEY,
  last_rowid INTEGER NOT NULL
);
INSERT INTO search_progress (name, last_rowid) VALUES ('messages', 0);
-- An agent reads the transcripts of the conversations they ever held, also after a transfer.
CREATE INDEX conversation_events_agent ON conversation_events (agent_id) WHERE agent_id IS NOT NULL;
`,
};
