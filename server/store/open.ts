import type { Clock } from '../clock.ts';
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
  // The PostgreSQL driver and repositories load only when they are asked for.
  if (where.databaseUrl !== null) {
    const url = where.databaseUrl;
    return import('./postgres/open.ts').then((m) => m.openPostgresStore(url, clock));
  }
  return Promise.resolve(openSqliteStore(where.dataDir, clock));
}
