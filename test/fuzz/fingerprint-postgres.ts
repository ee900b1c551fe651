import pg from 'pg';
import { VOLATILE, type StoreFingerprint } from './fingerprint.ts';

/** Bookkeeping, not content: as on SQLite, plus the migrations' own record. */
const SKIPPED = new Set(['message_search', 'login_throttle', 'schema_migrations']);

/** Columns background work rewrites by design: the transcript indexer marks what it has seen. */
const POSTGRES_VOLATILE: Record<string, readonly string[]> = {
  ...VOLATILE,
  messages: ['indexed'],
};

/** Names the campaign adds to the server's schema: a counter and the triggers that move it. */
const COUNTER = 'fuzz_campaign_writes';
const COUNT = 'fuzz_campaign_count';

/**
 * Read from the server's own PostgreSQL schema (the URL's search_path). PostgreSQL has no
 * data_version, so `open` adds one: a trigger on every table that advances a sequence on each
 * row written. A sequence moves outside transactions, at once and also for work that is rolled
 * back, so `version()` may move early but never misses a write. `digest()` reads every table in
 * one REPEATABLE READ transaction, so at one commit.
 */
export class PostgresFingerprint implements StoreFingerprint {
  private constructor(
    private readonly client: pg.Client,
    private readonly queries: { table: string; sql: string }[],
  ) {}

  static async open(url: string): Promise<PostgresFingerprint> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ table: string; columns: string[] }>(
      `SELECT table_name AS table, array_agg(column_name::text ORDER BY ordinal_position) AS columns
       FROM information_schema.columns WHERE table_schema = current_schema()
       GROUP BY table_name ORDER BY table_name`,
    );
    const tables = rows.filter((r) => !SKIPPED.has(r.table));
    const schema = client.escapeIdentifier(
      (await client.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]?.s ?? '',
    );
    await client.query(`CREATE SEQUENCE IF NOT EXISTS ${schema}.${COUNTER}`);
    await client.query(
      `CREATE OR REPLACE FUNCTION ${schema}.${COUNT}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM nextval('${schema}.${COUNTER}'); RETURN NULL; END $$`,
    );
    for (const { table } of tables) {
      const name = client.escapeIdentifier(table);
      await client.query(
        `CREATE OR REPLACE TRIGGER ${COUNT} AFTER INSERT OR UPDATE OR DELETE ON ${schema}.${name}
         FOR EACH ROW EXECUTE FUNCTION ${schema}.${COUNT}()`,
      );
    }
    const queries = tables.map(({ table, columns }) => {
      const volatile = POSTGRES_VOLATILE[table] ?? [];
      const kept = columns.filter((c) => !volatile.includes(c)).map((c) => `"${c}"`);
      const row = `ROW(${kept.join(', ')})::text`;
      return {
        table,
        sql: `SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r COLLATE "C"), '')) AS h
              FROM (SELECT ${row} AS r FROM "${table}") AS t`,
      };
    });
    return new PostgresFingerprint(client, queries);
  }

  async version(): Promise<number> {
    const { rows } = await this.client.query<{ n: string }>(
      `SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM ${COUNTER}`,
    );
    return Number(rows[0]?.n ?? 0);
  }

  async digest(): Promise<string> {
    const parts: string[] = [];
    await this.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      for (const { table, sql } of this.queries) {
        const { rows } = await this.client.query<{ h: string }>(sql);
        parts.push(`${table}:${rows[0]?.h.slice(0, 12) ?? ''}`);
      }
    } finally {
      await this.client.query('COMMIT');
    }
    return parts.join(' ');
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
