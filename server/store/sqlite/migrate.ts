import type { Database } from 'better-sqlite3';
import * as all from './migrations/index.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** SQLite-only steps that plain SQL cannot take, run after `sql` in the same transaction. */
  apply?: (db: Database) => void;
}

/** Applies every migration not yet recorded in schema_migrations, each in its own transaction. */
export function migrate(db: Database, at: string): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const migrations = Object.values(all).sort((a, b) => a.version - b.version);
  const applied = new Set(
    db.prepare<[], number>('SELECT version FROM schema_migrations').pluck().all(),
  );
  const newest = migrations.at(-1)?.version ?? 0;
  const unknown = [...applied].filter((v) => v > newest);
  if (unknown.length > 0) {
    throw new Error(
      `The database has schema version ${Math.max(...unknown)}, newer than this Kefu (${newest}). Upgrade Kefu.`,
    );
  }
  const record = db.prepare<[number, string, string]>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.apply?.(db);
      record.run(m.version, m.name, at);
    })();
  }
}
