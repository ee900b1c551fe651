import pg from 'pg';
import { bulkRows, type BulkTable, type BulkValue } from '../rows/bulk-load.ts';
import type { BulkBatch, BulkLoader } from '../types/bulk-load.ts';

/**
 * One INSERT per table and batch: each column travels as one typed array parameter and
 * `unnest` turns them back into rows, so a day of traffic is a handful of round trips.
 */
async function insertRows(client: pg.ClientBase, table: BulkTable, rows: BulkValue[][]) {
  if (rows.length === 0) return;
  const names = table.columns.map((c) => c.name).join(', ');
  const arrays = table.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const values = table.columns.map((_, i) => rows.map((row) => row[i] ?? null));
  await client.query(
    `INSERT INTO ${table.name} (${names}) SELECT * FROM unnest(${arrays})`,
    values,
  );
}

async function write(client: pg.ClientBase, batch: BulkBatch): Promise<void> {
  for (const { table, rows } of bulkRows(batch)) await insertRows(client, table, rows);
  if (batch.lastSeen.length === 0) return;
  await client.query(
    `UPDATE visitors v SET last_seen_at = GREATEST(v.last_seen_at COLLATE "C", s.at COLLATE "C")
     FROM unnest($1::text[], $2::text[]) AS s (id, at) WHERE v.id = s.id`,
    [batch.lastSeen.map((s) => s.visitorId), batch.lastSeen.map((s) => s.at)],
  );
}

/**
 * Loads recorded traffic into the PostgreSQL database at `url` through a connection of its own,
 * in the same few large transactions as SQLite's loader. Open the store first (it runs the
 * migrations). New messages are left unindexed for the transcript indexer, as live ones are.
 */
export async function openPostgresBulkLoader(url: string): Promise<BulkLoader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async countConversations() {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM conversations',
      );
      return rows[0]?.n ?? 0;
    },
    async load(batches, commitEvery) {
      let written = 0;
      await client.query('BEGIN');
      try {
        for (const batch of batches) {
          await write(client, batch);
          for (const c of batch.conversations) written += c.messages.length;
          if (written >= commitEvery) {
            await client.query('COMMIT');
            await client.query('BEGIN');
            written = 0;
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    close: () => client.end(),
  };
}
