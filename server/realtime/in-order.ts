/**
 * One connection's writes, run one after another in the order they arrived. Socket.IO hands
 * a socket's events over in order, but each write awaits the store: on a networked database an
 * earlier write may still be on its way when a later one arrives, and the later one must not
 * take the earlier seq.
 */
export function inOrder(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
