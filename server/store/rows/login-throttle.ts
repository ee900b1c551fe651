/** A login_throttle row as both engines hold it, and its mapper. */
import type { LoginThrottleRow } from '../types.ts';

export interface LoginThrottleRaw {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export function toLoginThrottleRow(r: LoginThrottleRaw): LoginThrottleRow {
  return {
    key: r.key,
    failures: r.failures,
    windowStartedAt: r.window_started_at,
    lockedUntil: r.locked_until,
  };
}
