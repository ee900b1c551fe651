import { useRef } from 'preact/hooks';
import type { FaqList } from '../../protocol/faq-admin.ts';
import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { fetchFaqList } from './api.ts';
import { EntryTable } from './EntryTable.tsx';
import type { KbTexts } from './i18n.ts';
import { ListFilters } from './ListFilters.tsx';
import { apiQuery, pageCount, type ListQuery } from './list-query.ts';
import { Pager } from './Pager.tsx';
import { hrefOf } from './route.ts';

interface Props {
  tx: KbTexts;
  lang: Language;
  /** Kept by the page, so coming back from an entry finds the list as it was left. */
  query: ListQuery;
  onQuery: (query: ListQuery) => void;
}

/** The entries, searched, filtered, sorted and paged by the server. */
export function EntryList({ tx, lang, query, onQuery }: Props) {
  const list = useResource(() => fetchFaqList(apiQuery(query)), JSON.stringify(query));
  /** While the next page loads, the last one stays on screen (marked busy), not a blank. */
  const shown = useRef<FaqList | null>(null);
  if (list.state.kind === 'ready') shown.current = list.state.data;
  const data = shown.current;
  const state = list.state;

  return (
    <section class="kb-list" aria-labelledby="kb-list-title">
      <div class="kb-list-head">
        <h2 id="kb-list-title">{tx.tabEntries}</h2>
        <a class="primary kb-new" href={hrefOf({ view: 'new' })}>
          {tx.newEntry}
        </a>
      </div>
      <ListFilters
        tx={tx}
        query={query}
        onQuery={onQuery}
        categories={data?.categories ?? []}
        departments={data?.departments ?? []}
      />
      {state.kind === 'failed' || (state.kind === 'loading' && !data) ? (
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={list.reload} />
      ) : (
        data && (
          <>
            <p class="kb-muted" role="status">
              {data.entries.length === 0 ? tx.noEntries : tx.total(data.total)}
            </p>
            {data.entries.length > 0 && (
              <EntryTable
                tx={tx}
                lang={lang}
                entries={data.entries}
                busy={state.kind === 'loading'}
              />
            )}
            <Pager
              tx={tx}
              page={query.page}
              pages={pageCount(data.total)}
              onPage={(page) => onQuery({ ...query, page })}
            />
          </>
        )
      )}
    </section>
  );
}
