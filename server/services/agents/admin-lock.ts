import type { Store } from '../../store/types.ts';

const tails = new WeakMap<Store, Promise<unknown>>();

/**
 * Runs account and department changes one at a time per database. Each checks a rule across
 * rows before writing (the last active admin, a department nobody works), and two admins
 * demoting each other at once must not both pass the check. Per process, as is the rest of
 * the console's state until the cluster issue.
 */
export function oneAtATime<T>(store: Store, change: () => Promise<T>): Promise<T> {
  const previous = tails.get(store) ?? Promise.resolve();
  const run = previous.then(change);
  // The next change waits for this one to settle, whether it succeeded or was refused.
  tails.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}
