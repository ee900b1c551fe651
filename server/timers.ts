/** Delayed work is scheduled here, never with a bare setTimeout, so tests can move time instead of waiting. */
export interface Timers {
  /** Runs `run` after `ms`; returns a function that cancels it. */
  set(run: () => void, ms: number): () => void;
}

export const systemTimers: Timers = {
  set(run, ms) {
    const timer = setTimeout(run, ms);
    // A pending timer must not keep a shutting-down process alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
