import type { SettingsRepository } from '../types.ts';
import type { Sql } from './sql.ts';

/** Values are stored as JSON text; a key never set reads as undefined. */
export function settingsRepository(db: Sql): SettingsRepository {
  return {
    async get(key) {
      const r = await db.get<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      return r === undefined ? undefined : (JSON.parse(r.value) as unknown);
    },
    // One statement: several keys saved together land together, or not at all.
    async set(values, at) {
      const entries = Object.entries(values);
      await db.run(
        `INSERT INTO settings (key, value, updated_at)
         SELECT k, v, $3 FROM unnest($1::text[], $2::text[]) AS t (k, v)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [entries.map(([key]) => key), entries.map(([, value]) => JSON.stringify(value)), at],
      );
    },
  };
}
