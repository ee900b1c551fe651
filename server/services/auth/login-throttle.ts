import type { ServiceDeps } from '../deps.ts';

/** Failures count within this window from the first one… */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** …and reaching a rule's limit locks it for this long. */
export const LOGIN_LOCK_MS = 15 * 60 * 1000;

/**
 * Counted per account from one address first, so one person's typos lock only themselves
 * and not the office behind the same address; per address with a much higher limit against
 * trying many accounts; per account from anywhere, higher still, against guessing one
 * password from many addresses. Keys use the typed e-mail, so an unknown one behaves alike.
 */
const RULES = [
  { key: (email: string, ip: string) => `account-ip:${email}|${ip}`, limit: 5, onSuccess: 'clear' },
  { key: (_email: string, ip: string) => `ip:${ip}`, limit: 50, onSuccess: 'uncount' },
  { key: (email: string) => `account:${email}`, limit: 100, onSuccess: 'clear' },
] as const;

type Deps = Pick<ServiceDeps, 'store' | 'clock'>;

/** One sign-in attempt's place in every rule's count. */
export interface Attempt {
  keys: string[];
  /** Set when the attempt may not go ahead: a lock holds until then. */
  lockedUntil: Date | null;
  /** Whether a failure of this attempt reaches a rule's limit, per key. */
  lastChance: boolean[];
}

function later(a: Date | null, b: Date): Date {
  return a && a > b ? a : b;
}

/**
 * Counts the attempt before the password is checked, so parallel guesses each take a place
 * in the count and none slips past a limit. A lock in force refuses it outright.
 */
export async function beginAttempt(deps: Deps, email: string, ip: string): Promise<Attempt> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const keys = RULES.map((rule) => rule.key(email, ip));
  await deps.store.loginThrottle.deleteStale({
    windowBefore: new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString(),
    lockedAfter: at,
  });
  let lockedUntil: Date | null = null;
  for (const row of await deps.store.loginThrottle.get(keys)) {
    if (row.lockedUntil && row.lockedUntil > at)
      lockedUntil = later(lockedUntil, new Date(row.lockedUntil));
  }
  if (lockedUntil) return { keys, lockedUntil, lastChance: [] };

  const restart = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const lastChance: boolean[] = [];
  for (const [i, rule] of RULES.entries()) {
    const row = await deps.store.loginThrottle.count(keys[i]!, 1, at, restart);
    // Beyond the limit: attempts that raced the one that reached it.
    if (row.failures > rule.limit) lockedUntil = await lock(deps, keys[i]!, now);
    lastChance.push(row.failures >= rule.limit);
  }
  return { keys, lockedUntil, lastChance };
}

async function lock(deps: Deps, key: string, now: Date): Promise<Date> {
  const until = new Date(now.getTime() + LOGIN_LOCK_MS);
  await deps.store.loginThrottle.lock(key, until.toISOString());
  return until;
}

/** A wrong password: the rules it brought to their limit lock; returns until when, if any. */
export async function attemptFailed(deps: Deps, attempt: Attempt): Promise<Date | null> {
  const now = deps.clock.now();
  let lockedUntil: Date | null = null;
  for (const [i, key] of attempt.keys.entries()) {
    if (attempt.lastChance[i]) lockedUntil = later(lockedUntil, await lock(deps, key, now));
  }
  return lockedUntil;
}

/** Signed in: the account starts afresh; the address just does not count this attempt. */
export async function attemptSucceeded(deps: Deps, attempt: Attempt): Promise<void> {
  const now = deps.clock.now();
  const restart = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  for (const [i, rule] of RULES.entries()) {
    const key = attempt.keys[i]!;
    if (rule.onSuccess === 'clear') await deps.store.loginThrottle.clear(key);
    else await deps.store.loginThrottle.count(key, -1, now.toISOString(), restart);
  }
}
