import type { Clock } from '../clock.ts';
import { openPostgresStore } from './postgres/open.ts';
import { openSqliteStore } from './sqlite/open.ts';
import type { Store } from './types.ts';

/**
 * The store the configuration names: PostgreSQL at `databaseUrl` when set, else SQLite in
 * `dataDir` (`:memory:` for throwaway runs).
 */
export function openStore(
  where: { databaseUrl: string | null; dataDir: string },
  clock: Clock,
): Promise<Store> {
  if (where.databaseUrl !== null) return openPostgresStore(where.databaseUrl, clock);
  return Promise.resolve(openSqliteStore(where.dataDir, clock));
}
