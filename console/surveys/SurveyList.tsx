import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../protocol/language.ts';
import type { Survey } from '../../protocol/surveys.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { dateTime } from '../format.ts';
import { fetchSurveys } from './api.ts';
import type { SurveysTexts } from './i18n.ts';
import { hrefOf } from './route.ts';

interface Props {
  tx: SurveysTexts;
  lang: Language;
  /** Back from a survey: focus its row (or the heading), as the page under it was replaced. */
  focusOnOpen: boolean;
  focusId: string | null;
}

const rowLinkId = (id: string) => `sv-open-${id}`;

/** Where a survey shows, in words. */
function placementText(tx: SurveysTexts, survey: Survey): string {
  const { afterChat, pages, link } = survey.placement;
  const where = [
    afterChat ? tx.channels.after_chat : '',
    pages.length > 0 ? tx.pageCount(pages.length) : '',
    link ? tx.channels.link : '',
  ].filter(Boolean);
  return where.length > 0 ? where.join(' · ') : tx.nowhere;
}

/** Every survey, newest first, with its status, where it shows and how many answered. */
export function SurveyList({ tx, lang, focusOnOpen, focusId }: Props) {
  const list = useResource(fetchSurveys, 'surveys');
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = list.state.kind === 'ready';

  useEffect(() => {
    if (!focusOnOpen) return;
    const row = ready && focusId ? document.getElementById(rowLinkId(focusId)) : null;
    (row ?? heading.current)?.focus();
  }, [focusOnOpen, focusId, ready]);

  const state = list.state;
  return (
    <section class="sv-list" aria-labelledby="sv-list-title">
      <p class="desk-intro">{tx.intro}</p>
      <p>
        <a class="primary sv-new-link" href={hrefOf({ kind: 'new' })}>
          {tx.newSurvey}
        </a>
      </p>
      <h2 id="sv-list-title" ref={heading} tabIndex={-1}>
        {tx.listTitle}
      </h2>
      {state.kind !== 'ready' ? (
        <LoadState
          tx={{ ...DESK_TEXTS[lang], problems: tx.problems }}
          state={state}
          onRetry={list.reload}
        />
      ) : state.data.surveys.length === 0 ? (
        <p class="desk-muted">{tx.noSurveys}</p>
      ) : (
        <>
          <p class="desk-muted">{tx.total(state.data.surveys.length)}</p>
          <div class="tr-scroll" role="region" aria-label={tx.tableScroll} tabIndex={0}>
            <table class="desk-table sv-table">
              <caption class="sr">{tx.listTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{tx.colTitle}</th>
                  <th scope="col">{tx.colStatus}</th>
                  <th scope="col">{tx.colPlacement}</th>
                  <th scope="col">{tx.colResponses}</th>
                  <th scope="col">{tx.colUpdated}</th>
                  <th scope="col">{tx.colResults}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.surveys.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <a id={rowLinkId(s.id)} href={hrefOf({ kind: 'edit', id: s.id })}>
                        {s.title}
                      </a>
                    </th>
                    <td class="desk-nowrap">
                      <span class={`sv-badge sv-badge-${s.status}`}>{tx.statuses[s.status]}</span>
                    </td>
                    <td>{placementText(tx, s)}</td>
                    <td class="tr-num">{s.responses}</td>
                    <td class="desk-nowrap">
                      <time dateTime={s.updatedAt}>{dateTime(s.updatedAt, lang)}</time>
                    </td>
                    <td class="desk-nowrap">
                      <a
                        href={hrefOf({ kind: 'results', id: s.id })}
                        aria-label={tx.resultsOf(s.title)}
                      >
                        {tx.viewResults}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
