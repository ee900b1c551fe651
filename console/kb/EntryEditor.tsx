import { useRef } from 'preact/hooks';
import type { FaqEntryDetail } from '../../protocol/faq-admin.ts';
import type { Language } from '../../protocol/language.ts';
import type { Result } from '../rest.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { fetchFaqEntry, fetchFaqList } from './api.ts';
import { EditorPanel } from './EditorPanel.tsx';
import type { KbTexts } from './i18n.ts';
import { hrefOf, type KbRoute } from './route.ts';
import { useFocusIfLost } from './useFocusIfLost.ts';
import './editor.css';

interface Props {
  tx: KbTexts;
  lang: Language;
  /** Null for a new entry. */
  id: string | null;
  notify: (text: string, to: KbRoute) => void;
}

const NEW: Result<FaqEntryDetail | null> = { ok: true, data: null };
const NO_FACETS = { categories: [], departments: [] };

/** Loads the entry (and the categories and departments in use), then edits it. */
export function EntryEditor({ tx, lang, id, notify }: Props) {
  const detail = useResource(() => (id ? fetchFaqEntry(id) : Promise.resolve(NEW)), id ?? '');
  // One row is enough: the list answer names every category and department in use.
  const facets = useResource(() => fetchFaqList({ pageSize: 1 }), 'facets');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusIfLost(heading);

  return (
    <section class="kb-editor" aria-labelledby="kb-editor-title">
      <p class="kb-back">
        <a href={hrefOf({ view: 'list' })}>{tx.backToList}</a>
      </p>
      <h2 id="kb-editor-title" ref={heading} tabIndex={-1}>
        {id ? tx.editTitle : tx.newTitle}
      </h2>
      {detail.state.kind !== 'ready' ? (
        <LoadState tx={DESK_TEXTS[lang]} state={detail.state} onRetry={detail.reload} />
      ) : (
        <EditorPanel
          tx={tx}
          lang={lang}
          initial={detail.state.data}
          facets={facets.state.kind === 'ready' ? facets.state.data : NO_FACETS}
          notify={notify}
        />
      )}
    </section>
  );
}
