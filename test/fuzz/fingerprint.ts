import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/** Where the server under test keeps its data: its SQLite file, or its PostgreSQL schema. */
export type FuzzDatabase = { file: string } | { url: string };

/** What a rejected input must not change, read over a connection of the campaign's own. */
export interface StoreFingerprint {
  /** Moves whenever the server may have written; cheap, read before and after single cases. */
  version(): Promise<number>;
  /** A hash per table of everything a client could have changed, read at one commit. */
  digest(): Promise<string>;
  close(): Promise<void>;
}

export async function openFingerprint(database: FuzzDatabase): Promise<StoreFingerprint> {
  if ('file' in database) return new SqliteFingerprint(database.file);
  const { PostgresFingerprint } = await import('./fingerprint-postgres.ts');
  return PostgresFingerprint.open(database.url);
}

/** Bookkeeping, not content: the search index, and the count of refused sign-ins (its purpose). */
const SKIPPED = /^(sqlite_|message_search|search_progress$|login_throttle$)/;

/** Tables only ever appended to, large after a long run: their row count and last rowid suffice. */
const APPEND_ONLY = new Set([
  'messages',
  'conversation_events',
  'faq_revisions',
  'visitors',
  'agent_sessions',
]);

/** Columns a read refreshes by design (when a session or visitor was last seen). */
export const VOLATILE: Record<string, readonly string[]> = {
  agent_sessions: ['last_seen_at'],
  visitors: ['last_seen_at', 'user_agent', 'referrer'],
};

/**
 * Read from the server's SQLite file over a read-only connection. `version()` is SQLite's
 * data_version: it moves only when the server commits, so most checks cost one pragma;
 * `digest()` hashes the content itself.
 */
class SqliteFingerprint implements StoreFingerprint {
  private readonly db: Database.Database;
  private readonly queries: { table: string; sql: string }[];
  private cached: { version: number; digest: string } | null = null;

  constructor(databaseFile: string) {
    this.db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    const tables = this.db
      .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all()
      .filter((name) => !SKIPPED.test(name));
    this.queries = tables.map((table) => ({ table, sql: this.queryFor(table) }));
  }

  private queryFor(table: string): string {
    if (APPEND_ONLY.has(table)) return `SELECT count(*), max(rowid) FROM "${table}"`;
    const volatile = VOLATILE[table] ?? [];
    const columns = this.db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
      .all()
      .map((c) => c.name)
      .filter((c) => !volatile.includes(c));
    return `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`;
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  async version(): Promise<number> {
    return this.dataVersion();
  }

  /** Recomputed only after a commit. */
  async digest(): Promise<string> {
    const version = this.dataVersion();
    if (this.cached?.version === version) return this.cached.digest;
    const parts: string[] = [];
    // One read transaction, so every table is read at the same commit.
    this.db.transaction(() => {
      for (const { table, sql } of this.queries) {
        const hash = createHash('sha1');
        for (const row of this.db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
        parts.push(`${table}:${hash.digest('hex').slice(0, 12)}`);
      }
    })();
    const digest = parts.join(' ');
    this.cached = { version, digest };
    return digest;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** The tables whose content differs between two digests. */
export function changedTables(before: string, after: string): string[] {
  const old = new Set(before.split(' '));
  return after
    .split(' ')
    .filter((part) => !old.has(part))
    .map((part) => part.split(':')[0]!);
}
