import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../server/store/sqlite/open.ts';

export interface StoredCheck {
  /** Acked, but not in the database. */
  missing: string[];
  /** Stored more than once. */
  repeated: string[];
}

/** Reads the stopped server's database: every acked visitor message must be stored exactly once. */
export function checkStored(dataDir: string, acked: string[]): StoredCheck {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const rows = db
      .prepare<[], { client_id: string; n: number }>(
        `SELECT client_id, COUNT(*) AS n FROM messages
         WHERE author = 'visitor' AND client_id IS NOT NULL GROUP BY client_id`,
      )
      .all();
    const stored = new Map(rows.map((r) => [r.client_id, r.n]));
    const count = (id: string) => stored.get(id) ?? 0;
    return {
      missing: acked.filter((id) => count(id) === 0),
      repeated: acked.filter((id) => count(id) > 1),
    };
  } finally {
    db.close();
  }
}
