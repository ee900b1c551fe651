import type { ComponentType } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Language } from '../../protocol/language.ts';
import type { Texts } from '../i18n.ts';

type Page = ComponentType<{ lang: Language }>;
type Loading = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; Page: Page };

/**
 * The page help and notices page (页面帮助与公告) comes in its own chunk, fetched when an admin opens it: the
 * agents' chat console stays as small as it was.
 */
export function LazyPageHelpPage({ lang, tx }: { lang: Language; tx: Texts }) {
  const [state, setState] = useState<Loading>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    import('./PageHelpPage.tsx').then(
      (module) => setState({ kind: 'ready', Page: module.PageHelpPage }),
      // A new deploy removed the old chunk, or the network dropped: offer another try.
      () => setState({ kind: 'failed' }),
    );
  }, []);

  useEffect(load, [load]);

  if (state.kind === 'ready') return <state.Page lang={lang} />;
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
