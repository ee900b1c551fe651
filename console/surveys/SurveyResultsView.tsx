import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { exportHref, fetchResults } from './api.ts';
import type { SurveysTexts } from './i18n.ts';
import { QuestionResult } from './QuestionResult.tsx';
import { pairedResults, SURVEY_CHANNELS_IN_ORDER } from './results.ts';
import { hrefOf } from './route.ts';

interface Props {
  tx: SurveysTexts;
  lang: Language;
  id: string;
}

const FORMATS = ['xlsx', 'csv'] as const;

/** A survey's results: how many answered and from where, then each question's answers. */
export function SurveyResultsView({ tx, lang, id }: Props) {
  const results = useResource(() => fetchResults(id), id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const state = results.state;
  const data = state.kind === 'ready' ? state.data : null;
  return (
    <section class="sv-view sv-results" aria-labelledby="sv-view-title">
      <p class="tr-back">
        <a href={hrefOf({ kind: 'list' })}>{tx.backToList}</a>
        <a href={hrefOf({ kind: 'edit', id })}>{tx.editLink}</a>
      </p>
      <div class="tr-view-head">
        <h2 id="sv-view-title" ref={heading} tabIndex={-1}>
          {data ? tx.resultsTitle(data.survey.title) : tx.opening}
        </h2>
        <p class="tr-exports" role="group" aria-label={tx.download}>
          {FORMATS.map((f) => (
            <a key={f} class="secondary" href={exportHref(id, f)} download>
              {tx.downloadAs(f.toUpperCase())}
            </a>
          ))}
        </p>
      </div>
      {!data ? (
        state.kind !== 'ready' && (
          <LoadState
            tx={{ ...DESK_TEXTS[lang], problems: tx.problems }}
            state={state}
            onRetry={results.reload}
          />
        )
      ) : (
        <>
          <div class="desk-card sv-summary">
            <p class="sv-total">{tx.responses(data.responses)}</p>
            <dl aria-label={tx.byChannel}>
              {SURVEY_CHANNELS_IN_ORDER.map((channel) => (
                <div key={channel}>
                  <dt>{tx.channels[channel]}</dt>
                  <dd>{data.byChannel[channel]}</dd>
                </div>
              ))}
            </dl>
          </div>
          {pairedResults(data.survey, data.questions).map(({ question, result }, i) => (
            <QuestionResult
              key={question.id}
              tx={tx}
              lang={lang}
              n={i + 1}
              question={question}
              result={result}
            />
          ))}
        </>
      )}
    </section>
  );
}
