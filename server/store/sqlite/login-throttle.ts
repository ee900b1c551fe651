import type { Database } from 'better-sqlite3';
import type { LoginThrottleRepository } from '../types.ts';
import { toLoginThrottleRow, type LoginThrottleRaw } from '../rows/login-throttle.ts';

export function loginThrottleRepository(db: Database): LoginThrottleRepository {
  const byKey = db.prepare<[string], LoginThrottleRaw>(
    'SELECT * FROM login_throttle WHERE key = ?',
  );
  // One statement, so parallel attempts each get their own count.
  const count = db.prepare<
    [{ key: string; first: number; delta: number; at: string; restart: string }],
    LoginThrottleRaw
  >(
    `INSERT INTO login_throttle (key, failures, window_started_at, locked_until)
     VALUES (@key, @first, @at, NULL)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE
         WHEN login_throttle.window_started_at <= @restart THEN @first
         WHEN login_throttle.failures + @delta < 0 THEN 0
         ELSE login_throttle.failures + @delta END,
       window_started_at = CASE
         WHEN login_throttle.window_started_at <= @restart THEN @at
         ELSE login_throttle.window_started_at END
     RETURNING *`,
  );
  const lock = db.prepare<[string, string]>(
    'UPDATE login_throttle SET locked_until = ? WHERE key = ?',
  );
  const clear = db.prepare<[string]>('DELETE FROM login_throttle WHERE key = ?');
  const removeStale = db.prepare<[string, string]>(
    `DELETE FROM login_throttle
     WHERE window_started_at <= ? AND (locked_until IS NULL OR locked_until <= ?)`,
  );

  return {
    async get(keys) {
      return keys.flatMap((key) => {
        const r = byKey.get(key);
        return r ? [toLoginThrottleRow(r)] : [];
      });
    },
    async count(key, delta, at, restartBefore) {
      const r = count.get({ key, first: Math.max(delta, 0), delta, at, restart: restartBefore });
      if (!r) throw new Error(`login_throttle upsert returned nothing for ${key}`);
      return toLoginThrottleRow(r);
    },
    async lock(key, until) {
      lock.run(until, key);
    },
    async clear(key) {
      clear.run(key);
    },
    async deleteStale({ windowBefore, lockedAfter }) {
      removeStale.run(windowBefore, lockedAfter);
    },
  };
}
