import type { ComponentType } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import type { Texts } from '../i18n.ts';
import type { AgentSocket } from '../socket.ts';

interface PageProps {
  lang: Language;
  agent: AgentProfile;
  socket: AgentSocket;
}

type Loading =
  { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; Page: ComponentType<PageProps> };

/**
 * The tickets page comes in its own chunk, fetched when an agent first opens it: the chat
 * console, which every agent keeps open all day, stays as small as it was.
 */
export function LazyTicketsPage({ tx, ...props }: PageProps & { tx: Texts }) {
  const [state, setState] = useState<Loading>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    import('./TicketsPage.tsx').then(
      (module) => setState({ kind: 'ready', Page: module.TicketsPage }),
      // A new deploy removed the old chunk, or the network dropped: offer another try.
      () => setState({ kind: 'failed' }),
    );
  }, []);

  useEffect(load, [load]);

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
      <button type="button" class="secondary" onClick={load}>
        {tx.retry}
      </button>
    </div>
  );
}
