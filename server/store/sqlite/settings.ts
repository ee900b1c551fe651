import type { Database } from 'better-sqlite3';
import type { SettingsRepository } from '../types.ts';

/** Values are stored as JSON text; a key never set reads as undefined. */
export function settingsRepository(db: Database): SettingsRepository {
  const byKey = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare<[{ key: string; value: string; at: string }]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (@key, @value, @at)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  // Several keys saved together land together, or not at all.
  const setAll = db.transaction((values: Record<string, unknown>, at: string) => {
    for (const [key, value] of Object.entries(values)) {
      upsert.run({ key, value: JSON.stringify(value), at });
    }
  });
  return {
    async get(key) {
      const value = byKey.get(key);
      return value === undefined ? undefined : (JSON.parse(value) as unknown);
    },
    async set(values, at) {
      setAll(values, at);
    },
  };
}
