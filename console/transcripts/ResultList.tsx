import { useEffect, useRef } from 'preact/hooks';
import type { Directory } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import type { TranscriptList } from '../../protocol/transcripts.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { EXPORT_FORMATS, exportHref, fetchTranscripts } from './api.ts';
import type { TranscriptsTexts } from './i18n.ts';
import { Pager } from './Pager.tsx';
import { ResultTable } from './ResultTable.tsx';
import { hasFilters, hrefOf, type TranscriptsRoute } from './route.ts';

interface Props {
  tx: TranscriptsTexts;
  lang: Language;
  route: TranscriptsRoute;
  /** Changes when the agent searches again with the same filters: ask the server again. */
  attempt: number;
  directory: Directory | null;
}

/** The matching conversations a page at a time, their count, and the exports of all of them. */
export function ResultList({ tx, lang, route, attempt, directory }: Props) {
  const key = `${hrefOf(route)}#${attempt}`;
  const list = useResource(() => fetchTranscripts(route), key);
  /** While the next page loads, the last one stays on screen (marked busy), not a blank. */
  const shown = useRef<TranscriptList | null>(null);
  if (list.state.kind === 'ready') shown.current = list.state.data;
  const data = shown.current;
  const state = list.state;
  const heading = useRef<HTMLHeadingElement>(null);

  // Following the pager's last link turns it into text: focus would fall to <body>.
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, [route.page]);

  const count = data && new Intl.NumberFormat(lang).format(data.total) + (data.capped ? '+' : '');
  return (
    <section class="tr-results" aria-labelledby="tr-results-title">
      <div class="tr-results-head">
        <h2 id="tr-results-title" ref={heading} tabIndex={-1}>
          {tx.results}
        </h2>
        <p class="tr-exports" role="group" aria-label={tx.exportTitle}>
          {EXPORT_FORMATS.map((f) => (
            <a key={f} class="secondary" href={exportHref(route.filters, f, lang)} download>
              {tx.exportAs(f.toUpperCase())}
            </a>
          ))}
        </p>
      </div>
      {state.kind === 'failed' && state.failure.problem === 'invalid_input' ? (
        // A hand-edited address the server refused: retrying would not help.
        <p class="alert" role="alert">
          {tx.problemDetail(state.failure.detail)}
        </p>
      ) : state.kind === 'failed' ? (
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={list.reload} />
      ) : !data ? (
        <LoadState tx={DESK_TEXTS[lang]} state={{ kind: 'loading' }} onRetry={list.reload} />
      ) : (
        <>
          <p class="desk-muted" role="status">
            {state.kind === 'loading'
              ? tx.searching
              : data.total === 0
                ? hasFilters(route.filters)
                  ? tx.noResults
                  : tx.noTranscripts
                : tx.total(count ?? '', data.total)}
          </p>
          {data.rows.length === 0 && data.total > 0 && (
            <p>
              <a href={hrefOf({ ...route, page: 1 })}>{tx.firstPage}</a>
            </p>
          )}
          {data.rows.length > 0 && (
            <ResultTable
              tx={tx}
              lang={lang}
              rows={data.rows}
              query={route.filters.q}
              directory={directory}
              openHref={(id) => hrefOf({ ...route, open: id })}
              busy={state.kind === 'loading'}
            />
          )}
          <Pager
            tx={tx}
            page={route.page}
            pages={Math.max(1, Math.ceil(data.total / data.pageSize))}
            hrefOf={(page) => hrefOf({ ...route, page })}
          />
        </>
      )}
    </section>
  );
}
