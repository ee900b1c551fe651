import type { IndexableMessage } from '../types.ts';
import type { Sql } from './sql.ts';
import { termVector } from './transcript-filter.ts';
import { pageUrlOf, type IndexedMessageRaw } from '../rows/transcript-index.ts';

/**
 * Fills message_search with the messages not yet indexed, oldest first. Terms, the indexed flags
 * and page addresses commit together, so a crash never indexes a message twice nor skips one.
 * Several nodes may index at once: a batch locks its rows, and READ COMMITTED lets another
 * node's batch, once that lock is released, see them flagged and pass them over (and set a
 * page address on the conversation's latest version rather than fail as a serialization
 * conflict with chat traffic). It waits rather than skips locked rows, so a catch-up returns
 * only once every message before it is indexed. A flag rather than SQLite's high-water mark,
 * because identity values commit out of order across transactions.
 */
export function transcriptIndexer(db: Sql) {
  return (limit: number, termsOf: (m: IndexableMessage) => string): Promise<number> =>
    db.tx(async (sql) => {
      const batch = await sql.all<IndexedMessageRaw>(
        `SELECT m.rowid, c.rowid AS conversation, m.conversation_id, m.author, m.body, m.payload
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE NOT m.indexed ORDER BY m.rowid LIMIT $1
         FOR UPDATE OF m`,
        [limit],
      );
      if (batch.length === 0) return 0;
      const rowids: number[] = [];
      const conversations: number[] = [];
      const vectors: string[] = [];
      const pages = new Map<string, string>();
      for (const m of batch) {
        const vector = termVector(termsOf({ author: m.author, body: m.body }));
        if (vector !== '') {
          rowids.push(m.rowid);
          conversations.push(m.conversation);
          vectors.push(vector);
        }
        if (m.author !== 'visitor' || pages.has(m.conversation_id)) continue;
        const url = pageUrlOf(m.payload);
        if (url !== null) pages.set(m.conversation_id, url);
      }
      if (rowids.length > 0) {
        await sql.run(
          `INSERT INTO message_search (message_rowid, conversation, terms)
           SELECT r, c, v::tsvector FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS t (r, c, v)`,
          [rowids, conversations, vectors],
        );
      }
      for (const [id, url] of pages) {
        await sql.run('UPDATE conversations SET page_url = $1 WHERE id = $2 AND page_url IS NULL', [
          url,
          id,
        ]);
      }
      await sql.run('UPDATE messages SET indexed = true WHERE rowid = ANY ($1::bigint[])', [
        batch.map((m) => m.rowid),
      ]);
      return batch.length;
    }, 'read committed');
}
