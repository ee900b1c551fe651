import { join } from 'node:path';
import Database, { type Statement } from 'better-sqlite3';
import { bulkRows, type BulkTable, type BulkValue } from '../rows/bulk-load.ts';
import type { BulkBatch, BulkLoader } from '../types/bulk-load.ts';
import { DATABASE_FILE } from './open.ts';

/**
 * Loads recorded traffic (the demo and benchmark generator's) into `<dataDir>/kefu.sqlite`
 * through its own connection: prepared statements, few and large transactions, and a large
 * page cache. Fewer commits are what makes a million messages a matter of seconds: each one
 * rewrites the pages of the id indexes its rows landed on. Open the store first (it runs the
 * migrations). Not for live chat: nothing here checks or decides anything.
 */
export function openSqliteBulkLoader(dataDir: string): BulkLoader {
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  // A half-written load is loaded again, not recovered: NORMAL keeps the file consistent, faster.
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const inserts = new Map<BulkTable, Statement<BulkValue[]>>();
  const insert = (table: BulkTable) => {
    let statement = inserts.get(table);
    if (!statement) {
      const names = table.columns.map((c) => c.name);
      statement = db.prepare<BulkValue[]>(
        `INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      );
      inserts.set(table, statement);
    }
    return statement;
  };
  const seen = db.prepare('UPDATE visitors SET last_seen_at = MAX(last_seen_at, ?) WHERE id = ?');

  const write = (batch: BulkBatch) => {
    for (const { table, rows } of bulkRows(batch)) {
      const statement = insert(table);
      for (const row of rows) statement.run(...row);
    }
    for (const s of batch.lastSeen) seen.run(s.at, s.visitorId);
  };
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');

  const count = db.prepare<[], number>('SELECT COUNT(*) FROM conversations').pluck();

  return {
    countConversations: async () => count.get() ?? 0,
    async load(batches, commitEvery) {
      let written = 0;
      begin.run();
      try {
        for (const batch of batches) {
          write(batch);
          for (const c of batch.conversations) written += c.messages.length;
          if (written >= commitEvery) {
            commit.run();
            begin.run();
            written = 0;
          }
        }
        commit.run();
      } catch (error) {
        if (db.inTransaction) rollback.run();
        throw error;
      }
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}
