/**
 * One connection's writes, run one after another in the order they arrived. Socket.IO hands
 * a socket's events over in order, but each write awaits the store: on a networked database an
 * earlier write may still be on its way when a later one arrives, and the later one must not
 * take the earlier seq.
 *
 * A write may call `release` once its place is fixed (the store orders it by then) and it has
 * read everything it decides on: the next write starts then instead of when this one ends.
 */
const nothing = (): void => undefined;

export function inOrder(): <T>(work: (release: () => void) => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    // Replaced at once by the promise's resolve: the executor runs synchronously.
    let release = nothing;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const run = tail.then(() => work(release));
    // Settling releases too; a second call to resolve does nothing.
    run.then(release, release);
    tail = next;
    return run;
  };
}
