import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import type { StoreLocation } from '../../server/store/open.ts';
import { connect } from '../../server/store/postgres/sql.ts';
import { withSchema } from './schema-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL database the suite runs against, or '' for SQLite. */
    testDatabaseUrl: string;
    /** Every schema this run creates starts with it, so teardown drops exactly this run's. */
    testSchemaPrefix: string;
  }
}

/**
 * The PostgreSQL URL the integration tests run against, or null when they run on SQLite. The
 * benchmarks start servers with the same helpers outside Vitest: those run on SQLite.
 */
export function testDatabaseUrl(): string | null {
  if (!process.env.VITEST) return null;
  const url = inject('testDatabaseUrl');
  return url === '' ? null : url;
}

/**
 * The environment that points a server at its own PostgreSQL schema, named after its data
 * directory so a restart on the same directory finds its data again; {} on SQLite.
 */
export async function databaseEnv(dataDir: string): Promise<Record<string, string>> {
  const url = testDatabaseUrl();
  if (url === null) return {};
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const schema = `${inject('testSchemaPrefix')}${digest}`;
  const admin = connect(url, 1);
  try {
    await admin.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await admin.close();
  }
  return { KEFU_DATABASE_URL: withSchema(url, schema) };
}

/** Where a server on `dataDir` keeps its data: that directory, or its own PostgreSQL schema. */
export async function testStoreLocation(dataDir: string): Promise<StoreLocation> {
  const env = await databaseEnv(dataDir);
  return { databaseUrl: env.KEFU_DATABASE_URL ?? null, dataDir };
}

/** Drops the schema `databaseEnv` made for `dataDir`, with everything in it. */
export async function dropDatabase(env: Record<string, string>): Promise<void> {
  const url = testDatabaseUrl();
  const own = env.KEFU_DATABASE_URL;
  if (url === null || own === undefined) return;
  const schema = new URL(own).searchParams.get('options')?.split('=')[1];
  if (!schema) return;
  const admin = connect(url, 1);
  try {
    await admin.run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.close();
  }
}
