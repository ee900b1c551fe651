import type { LoginThrottleRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { toLoginThrottleRow, type LoginThrottleRaw } from '../rows/login-throttle.ts';

export function loginThrottleRepository(db: Sql): LoginThrottleRepository {
  return {
    async get(keys) {
      const rows = await db.all<LoginThrottleRaw>(
        'SELECT * FROM login_throttle WHERE key = ANY($1::text[])',
        [keys],
      );
      const byKey = new Map(rows.map((r) => [r.key, r]));
      return keys.flatMap((key) => {
        const r = byKey.get(key);
        return r ? [toLoginThrottleRow(r)] : [];
      });
    },
    // One statement, so parallel attempts (from any node) each get their own count.
    async count(key, delta, at, restartBefore) {
      const r = await db.get<LoginThrottleRaw>(
        `INSERT INTO login_throttle (key, failures, window_started_at, locked_until)
         VALUES ($1, $2::integer, $3::text, NULL)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE
             WHEN login_throttle.window_started_at <= $5::text THEN $2::integer
             WHEN login_throttle.failures + $4::integer < 0 THEN 0
             ELSE login_throttle.failures + $4::integer END,
           window_started_at = CASE
             WHEN login_throttle.window_started_at <= $5::text THEN $3::text
             ELSE login_throttle.window_started_at END
         RETURNING *`,
        [key, Math.max(delta, 0), at, delta, restartBefore],
      );
      if (!r) throw new Error(`login_throttle upsert returned nothing for ${key}`);
      return toLoginThrottleRow(r);
    },
    async lock(key, until) {
      await db.run('UPDATE login_throttle SET locked_until = $1 WHERE key = $2', [until, key]);
    },
    async clear(key) {
      await db.run('DELETE FROM login_throttle WHERE key = $1', [key]);
    },
    async deleteStale({ windowBefore, lockedAfter }) {
      await db.run(
        `DELETE FROM login_throttle
         WHERE window_started_at <= $1 AND (locked_until IS NULL OR locked_until <= $2)`,
        [windowBefore, lockedAfter],
      );
    },
  };
}
