import type { Database } from 'better-sqlite3';

/** Most writes one transaction gathers; more flush at once, so a burst never builds one huge commit. */
export const GROUP_COMMIT_CAP = 256;

/** One queued write: run inside the batch, then settled once the batch has committed or failed. */
interface Job {
  /** Runs the write; `isolated` wraps it in its own savepoint, so its failure undoes only itself. */
  attempt(isolated: boolean): void;
  settle(): void;
  fail(error: unknown): void;
}

/**
 * Group commit: writes asked for in the same tick run in one immediate transaction. Every
 * promise settles after the COMMIT: a resolved write is on disk. With synchronous = FULL that
 * is one fsync per batch instead of one per write.
 *
 * A failing write must undo only itself. Writes rarely fail, so a batch first runs plain; when
 * one throws, the whole transaction rolls back and the batch runs again with each write in its
 * own savepoint (better-sqlite3 turns a transaction function called inside a transaction into
 * a SAVEPOINT). The savepoints cost about a third of a small insert, so only that rerun pays.
 *
 * better-sqlite3 is synchronous, so nothing else runs inside a flush; writes outside the group
 * (other repositories' own transactions) land between two flushes.
 */
export function groupCommit(db: Database, cap = GROUP_COMMIT_CAP) {
  let pending: Job[] = [];
  let scheduled = false;

  const savepoint = db.transaction((work: () => void) => work());
  const batch = db.transaction((jobs: Job[], isolated: boolean) => {
    for (const job of jobs) job.attempt(isolated);
  });

  function flush(): void {
    scheduled = false;
    const jobs = pending;
    pending = [];
    if (jobs.length === 0) return;
    try {
      batch.immediate(jobs, false);
    } catch {
      try {
        batch.immediate(jobs, true);
      } catch (error) {
        for (const job of jobs) job.fail(error);
        return;
      }
    }
    for (const job of jobs) job.settle();
  }

  return {
    /**
     * Runs `work` in the next group transaction. `now` commits the group at once (this write
     * included) instead of at the end of the tick, for a write decided on a read that must
     * not go stale meanwhile.
     */
    run<T>(work: () => T, now = false): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
        pending.push({
          attempt(isolated) {
            if (!isolated) {
              outcome = { ok: true, value: work() };
              return;
            }
            try {
              savepoint(() => {
                outcome = { ok: true, value: work() };
              });
            } catch (error) {
              // Some errors (I/O, disk full) make SQLite roll back the whole transaction:
              // then nothing of the batch is stored, and every write of it fails.
              if (!db.inTransaction) throw error;
              outcome = { ok: false, error };
            }
          },
          settle() {
            if (outcome?.ok) resolve(outcome.value);
            else reject(outcome ? outcome.error : new Error('write never ran'));
          },
          fail: reject,
        });
        if (now || pending.length >= cap) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}
