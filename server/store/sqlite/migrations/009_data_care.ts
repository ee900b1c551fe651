import type { Database } from 'better-sqlite3';
import type { Migration } from '../migrate.ts';

const SEARCH_TABLE = `
CREATE VIRTUAL TABLE message_search USING fts5 (
  terms, conversation UNINDEXED,
  content = '', contentless_unindexed = 1, contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
)`;

/**
 * message_search made anew with contentless_delete (SQLite only, like 007). Without it a
 * contentless FTS5 table forgets a row only when given the exact terms it was indexed with,
 * which Kefu would have to make again (normalisation, Unicode data) and could not check; with
 * it, `DELETE … WHERE rowid = ?` works. FTS5 options cannot be changed, and dropping a table
 * with contentless_unindexed leaves its _content shadow table behind (SQLite 3.53), which only
 * a connection outside defensive mode may drop. The indexer fills the new table from the start.
 */
function rebuildSearch(db: Database): void {
  db.exec('DROP TABLE message_search');
  db.unsafeMode(true);
  try {
    db.exec('DROP TABLE IF EXISTS message_search_content');
  } finally {
    db.unsafeMode(false);
  }
  db.exec(SEARCH_TABLE);
  db.exec("UPDATE search_progress SET last_rowid = 0 WHERE name = 'messages'");
}

/**
 * Data care: the audit log (portable SQL, as in 001), the index that deleting a conversation's
 * gaps needs, and the search table rebuilt so a deleted message leaves it too.
 */
export const dataCare: Migration = {
  version: 9,
  name: 'data_care',
  sql: `
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  -- Who did it; NULL for Kefu itself (the retention job).
  agent_id TEXT REFERENCES agents (id),
  action TEXT NOT NULL,
  target TEXT,
  details TEXT NOT NULL DEFAULT '{}'
);

-- Deleting a conversation deletes (and its foreign key checks) its gaps by conversation.
CREATE INDEX question_gaps_conversation ON question_gaps (conversation_id);
`,
  apply: rebuildSearch,
};
