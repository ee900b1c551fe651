import type { Store } from '../../store/types.ts';

/**
 * Runs account and department changes one at a time per database, across every node sharing
 * it. Each checks a rule across rows before writing (the last active admin, a department nobody
 * works), and two admins demoting each other at once must not both pass the check.
 */
export function oneAtATime<T>(store: Store, change: () => Promise<T>): Promise<T> {
  return store.serially('accounts', change);
}
