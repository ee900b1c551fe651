import { join } from 'node:path';
import Database from 'better-sqlite3';
import { connect } from '../../server/store/postgres/sql.ts';
import { DATABASE_FILE } from '../../server/store/sqlite/open.ts';

/** Where a test server keeps its data: its PostgreSQL schema, else SQLite in its data directory. */
export interface DatabaseLocation {
  dataDir: string;
  databaseUrl: string | null;
}

export type Row = Record<string, unknown>;

/** Read-only access to a server's database, alike on both engines. */
export interface DatabaseRows {
  /** What `sql` (no parameters, SQL both engines read alike) selects. */
  all<R extends Row>(sql: string): Promise<R[]>;
  /**
   * The tables the server keeps its data in, by name: not the transcript search index, which
   * the background indexer fills at its own pace, nor the record of applied migrations.
   */
  tables(): Promise<string[]>;
  /**
   * Every row of `table` in a stable order, without the flag the background indexer sets on
   * PostgreSQL (messages.indexed): two reads differ only when something was written.
   */
  rows(table: string): Promise<Row[]>;
}

/** Columns the transcript indexer writes on its own, whatever any request did. */
const INDEXER_COLUMNS = new Set(['indexed']);

type Engine = Pick<DatabaseRows, 'all' | 'tables'>;

/**
 * Runs `read` on the database at `where`, beside the running server (SQLite's WAL lets a
 * read-only connection in), and closes the connection after.
 */
export async function readDatabase<T>(
  where: DatabaseLocation,
  read: (db: DatabaseRows) => Promise<T>,
): Promise<T> {
  const { engine, close } =
    where.databaseUrl === null ? openSqlite(where.dataDir) : openPostgres(where.databaseUrl);
  try {
    return await read({ ...engine, rows: (table) => stableRows(engine, table) });
  } finally {
    await close();
  }
}

async function stableRows(engine: Engine, table: string): Promise<Row[]> {
  const rows = await engine.all(`SELECT * FROM "${table}"`);
  const kept = rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([column]) => !INDEXER_COLUMNS.has(column))),
  );
  // PostgreSQL hands rows back in no set order: an update that changed nothing moves a row.
  const keyed = kept.map((row) => [JSON.stringify(row), row] as const);
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return keyed.map(([, row]) => row);
}

function openSqlite(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  const engine: Engine = {
    all: <R extends Row>(sql: string) => Promise.resolve(db.prepare<[], R>(sql).all()),
    tables: () =>
      Promise.resolve(
        db
          .prepare<[], string>(
            `SELECT name FROM sqlite_master WHERE type = 'table'
               AND name NOT LIKE 'message_search%' AND name NOT IN ('search_progress', 'schema_migrations')
             ORDER BY name`,
          )
          .pluck()
          .all(),
      ),
  };
  return {
    engine,
    close: async () => {
      db.close();
    },
  };
}

function openPostgres(url: string) {
  const db = connect(url, 1);
  const engine: Engine = {
    all: <R extends Row>(sql: string) => db.all<R>(sql),
    tables: async () =>
      (
        await db.all<{ name: string }>(
          `SELECT table_name AS name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
              AND table_name NOT IN ('message_search', 'schema_migrations')
            ORDER BY table_name COLLATE "C"`,
        )
      ).map((t) => t.name),
  };
  return { engine, close: () => db.close() };
}
