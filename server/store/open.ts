import type { Clock } from '../clock.ts';
import { openSqliteBulkLoader } from './sqlite/bulk-load.ts';
import { openSqliteStore } from './sqlite/open.ts';
import type { BulkLoader } from './types/bulk-load.ts';
import type { Store } from './types.ts';

/** Where the data lives: the configuration's `databaseUrl` and `dataDir`. */
export interface StoreLocation {
  databaseUrl: string | null;
  dataDir: string;
}

/**
 * The store the configuration names: PostgreSQL at `databaseUrl` when set, else SQLite in
 * `dataDir` (`:memory:` for throwaway runs).
 */
export async function openStore(where: StoreLocation, clock: Clock): Promise<Store> {
  if (where.databaseUrl === null) return openSqliteStore(where.dataDir, clock);
  // The PostgreSQL driver and repositories load only when they are asked for.
  const { openPostgresStore } = await import('./postgres/open.ts');
  return openPostgresStore(where.databaseUrl, clock);
}

/** The bulk loader for the same database `openStore` opens; the store must be open (migrated). */
export async function openBulkLoader(where: StoreLocation): Promise<BulkLoader> {
  if (where.databaseUrl === null) return openSqliteBulkLoader(where.dataDir);
  const { openPostgresBulkLoader } = await import('./postgres/bulk-load.ts');
  return openPostgresBulkLoader(where.databaseUrl);
}
