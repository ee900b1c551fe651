import type { Database } from 'better-sqlite3';
import type { IndexableMessage } from '../types.ts';
import { pageUrlOf, type IndexedMessageRaw } from '../rows/transcript-index.ts';

/**
 * Fills message_search (rowid = messages.rowid) in rowid order, which is the order messages were
 * stored in. Terms, progress and page addresses commit together, so a crash or a restart never
 * indexes a message twice nor skips one. A VACUUM may renumber the rowids of messages (a table
 * without an INTEGER PRIMARY KEY), and of conversations, which message_search also names by
 * rowid: after one, empty message_search and reset the progress to 0.
 */
export function transcriptIndexer(db: Database) {
  const progress = db
    .prepare<[], number>("SELECT last_rowid FROM search_progress WHERE name = 'messages'")
    .pluck();
  const next = db.prepare<[number, number], IndexedMessageRaw>(
    `SELECT m.rowid, c.rowid AS conversation, m.conversation_id, m.author, m.body, m.payload
     FROM messages m JOIN conversations c ON c.id = m.conversation_id
     WHERE m.rowid > ? ORDER BY m.rowid LIMIT ?`,
  );
  const insert = db.prepare<[number, string, number]>(
    'INSERT INTO message_search (rowid, terms, conversation) VALUES (?, ?, ?)',
  );
  const setPage = db.prepare<[string, string]>(
    'UPDATE conversations SET page_url = ? WHERE id = ? AND page_url IS NULL',
  );
  const advance = db.prepare<[number]>(
    "UPDATE search_progress SET last_rowid = ? WHERE name = 'messages'",
  );

  const run = db.transaction((limit: number, termsOf: (m: IndexableMessage) => string) => {
    const batch = next.all(progress.get() ?? 0, limit);
    const paged = new Set<string>();
    for (const m of batch) {
      const terms = termsOf({ author: m.author, body: m.body });
      if (terms !== '') insert.run(m.rowid, terms, m.conversation);
      if (m.author !== 'visitor' || paged.has(m.conversation_id)) continue;
      const url = pageUrlOf(m.payload);
      if (url === null) continue;
      setPage.run(url, m.conversation_id);
      paged.add(m.conversation_id);
    }
    const last = batch.at(-1);
    if (last) advance.run(last.rowid);
    return batch.length;
  });

  return (limit: number, termsOf: (m: IndexableMessage) => string): number =>
    run.immediate(limit, termsOf);
}
