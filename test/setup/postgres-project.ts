import pg from 'pg';

/** Where the suite finds PostgreSQL; the machines Kefu is developed and tested on have it here. */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The integration test left out of the PostgreSQL run: the backup copies the SQLite file (a
 * cluster backs up with pg_dump, docs/deploy.md).
 */
export const SQLITE_ONLY = ['test/integration/backup.test.ts'];

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The PostgreSQL URL for the suite's second run, or null to leave it out. `KEFU_TEST_DATABASE_URL`
 * names another server, `off` leaves it out. Without PostgreSQL a contributor's run says so and
 * goes on with SQLite alone; under CI=true it must run, so the run fails instead.
 */
export async function postgresProject(): Promise<string | null> {
  const setting = process.env.KEFU_TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  if (setting === 'off') return null;
  const problem = await reachable(setting);
  if (problem === null) return setting;
  const where = new URL(setting).host;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true needs PostgreSQL for the integration suite: ${where}: ${problem}`);
  }
  console.warn(
    `PostgreSQL is not reachable at ${where} (${problem}): the integration suite runs on SQLite only. Set KEFU_TEST_DATABASE_URL to run it on PostgreSQL too.`,
  );
  return null;
}
