import { useEffect, useRef } from 'preact/hooks';

/** `true` again at most this often while typing goes on. */
const REPEAT_MS = 2_000;
/** Quiet this long counts as stopped. */
const IDLE_MS = 3_000;

/**
 * Tells the visitor the agent is typing without a message per keystroke: `true` at most
 * every 2 s, `false` after 3 s without typing, on send, and when the composer goes away.
 */
export function useTypingSignal(emit: (typing: boolean) => void): {
  typed(): void;
  stop(): void;
} {
  const emitRef = useRef(emit);
  emitRef.current = emit;
  const state = useRef<{ lastTrue: number; idle?: ReturnType<typeof setTimeout> }>({
    lastTrue: 0,
  });

  const stop = () => {
    const s = state.current;
    clearTimeout(s.idle);
    if (s.lastTrue) emitRef.current(false);
    s.lastTrue = 0;
  };
  const typed = () => {
    const s = state.current;
    const now = Date.now();
    if (now - s.lastTrue >= REPEAT_MS) {
      s.lastTrue = now;
      emitRef.current(true);
    }
    clearTimeout(s.idle);
    s.idle = setTimeout(stop, IDLE_MS);
  };

  useEffect(() => stop, []);
  return { typed, stop };
}
