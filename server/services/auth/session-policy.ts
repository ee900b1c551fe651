/** A console left alone this long signs out: a shared desk PC does not stay logged in overnight. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** However busy, an agent signs in again after a week. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, not on every request. */
export const SESSION_TOUCH_MS = 60 * 1000;
