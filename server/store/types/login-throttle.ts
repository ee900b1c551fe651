/** One counter of failed sign-ins; what a key stands for is the auth service's business. */
export interface LoginThrottleRow {
  key: string;
  failures: number;
  /** When the current count began. */
  windowStartedAt: string;
  lockedUntil: string | null;
}

export interface LoginThrottleRepository {
  /** The counters of those keys that have one. */
  get(keys: string[]): Promise<LoginThrottleRow[]>;
  /**
   * Adds `delta` to the key's count in one statement (never below 0), first starting a new
   * count at `at` when the current one began at or before `restartBefore`; returns the row.
   */
  count(key: string, delta: number, at: string, restartBefore: string): Promise<LoginThrottleRow>;
  /** Sets the key's lock end; the key has a counter already. */
  lock(key: string, until: string): Promise<void>;
  clear(key: string): Promise<void>;
  /** Drops counters begun at or before `windowBefore` that hold no lock past `lockedAfter`. */
  deleteStale(cutoffs: { windowBefore: string; lockedAfter: string }): Promise<void>;
}
