import type { Migration } from '../migrate.ts';

/**
 * Failed sign-ins, counted per key (the account from one address, the address alone, the
 * account from anywhere) so a lockout holds across a restart. Keys hold the typed e-mail,
 * whether or not an account has it: the table is the same either way. Portable SQL:
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING` reads the same in PostgreSQL.
 */
export const loginThrottle: Migration = {
  version: 10,
  name: 'login_throttle',
  sql: `
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_started_at TEXT NOT NULL,
  locked_until TEXT
);
CREATE INDEX login_throttle_window ON login_throttle (window_started_at);
`,
};
