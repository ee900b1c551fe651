import type { Clock } from '../clock.ts';
import { openSqliteStore } from './sqlite/open.ts';
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
