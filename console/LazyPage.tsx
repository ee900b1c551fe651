import type { ComponentType } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Texts } from './i18n.ts';

type Loading<P> =
  { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; Page: ComponentType<P> };

interface Props<P> {
  tx: Texts;
  /** Fetches the page's chunk: a module-level function, so it is asked for once. */
  load: () => Promise<ComponentType<P>>;
  props: P;
}

/**
 * A console page that comes in its own chunk, fetched when someone first opens it: the chat
 * console every agent keeps open all day stays as small as it was. Says so while it loads, and
 * offers another try when the chunk cannot be fetched (a new deploy removed it, the network
 * dropped).
 */
export function LazyPage<P extends object>({ tx, load, props }: Props<P>) {
  const [state, setState] = useState<Loading<P>>({ kind: 'loading' });

  const fetchPage = useCallback(() => {
    setState({ kind: 'loading' });
    load().then(
      (Page) => setState({ kind: 'ready', Page }),
      () => setState({ kind: 'failed' }),
    );
  }, [load]);

  useEffect(fetchPage, [fetchPage]);

  if (state.kind === 'ready') return <state.Page {...props} />;
  if (state.kind === 'loading') {
    return (
      <div class="desk">
        <p class="desk-muted" role="status">
          {tx.loading}
        </p>
      </div>
    );
  }
  return (
    <div class="desk desk-failed">
      <p class="alert" role="alert">
        {tx.pageLoadFailed}
      </p>
      <button type="button" class="secondary" onClick={fetchPage}>
        {tx.retry}
      </button>
    </div>
  );
}
