import type { Sql } from './sql.ts';
import * as all from './migrations/index.ts';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

/** Any constant: nodes starting together take turns on this lock, so one of them migrates. */
const MIGRATION_LOCK = 5_140_807;

/**
 * Applies every migration not yet recorded in schema_migrations, each in its own savepoint,
 * under an advisory lock held for the transaction: several nodes may start at once. READ
 * COMMITTED, so that what a node reads after waiting for the lock is what the node before it
 * committed (a SERIALIZABLE snapshot would date from before the wait).
 */
export async function migratePostgres(db: Sql, at: string): Promise<void> {
  const migrations = Object.values(all).sort((a, b) => a.version - b.version);
  const newest = migrations.at(-1)?.version ?? 0;
  await db.tx(async (sql) => {
    await sql.run('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await sql.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at text NOT NULL
    )`);
    const applied = new Set(
      (await sql.all<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (r) => r.version,
      ),
    );
    const unknown = [...applied].filter((v) => v > newest);
    if (unknown.length > 0) {
      throw new Error(
        `The database has schema version ${Math.max(...unknown)}, newer than this Kefu (${newest}). Upgrade Kefu.`,
      );
    }
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await sql.tx(async (step) => {
        await step.run(m.sql);
        await step.run(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [m.version, m.name, at],
        );
      });
    }
  }, 'read committed');
}
