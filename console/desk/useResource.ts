import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Failure, Result } from '../rest.ts';

export type Loaded<T> =
  { kind: 'loading' } | { kind: 'failed'; failure: Failure } | { kind: 'ready'; data: T };

/**
 * Loads on mount and whenever `key` changes; `reload` asks again. An answer that arrives
 * after a newer request started is dropped, so a slow old list never replaces a new one.
 */
export function useResource<T>(
  load: () => Promise<Result<T>>,
  key: string,
): { state: Loaded<T>; reload: () => void; update: (change: (data: T) => T) => void } {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    latest.current += 1;
    const ticket = latest.current;
    setState({ kind: 'loading' });
    void loadRef.current().then((res) => {
      if (ticket !== latest.current) return;
      setState(res.ok ? { kind: 'ready', data: res.data } : { kind: 'failed', failure: res });
    });
  }, []);

  useEffect(reload, [key, reload]);

  /** A change the server confirmed, applied to what is on screen without asking again. */
  const update = useCallback((change: (data: T) => T) => {
    setState((s) => (s.kind === 'ready' ? { kind: 'ready', data: change(s.data) } : s));
  }, []);

  return { state, reload, update };
}
