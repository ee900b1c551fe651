import type { StoreLocation } from './open.ts';
import { openSqliteBulkLoader } from './sqlite/bulk-load.ts';
import type { BulkLoader } from './types/bulk-load.ts';

/**
 * The bulk loader for the database `openStore` opens at `where`; the store must be open
 * (migrated). Only the traffic generator's scripts use it, so the server never loads it.
 */
export async function openBulkLoader(where: StoreLocation): Promise<BulkLoader> {
  if (where.databaseUrl === null) return openSqliteBulkLoader(where.dataDir);
  const { openPostgresBulkLoader } = await import('./postgres/bulk-load.ts');
  return openPostgresBulkLoader(where.databaseUrl);
}
