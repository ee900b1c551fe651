import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { fetchSurvey } from './api.ts';
import type { SurveysTexts } from './i18n.ts';
import { hrefOf } from './route.ts';
import { SurveyForm } from './SurveyForm.tsx';

interface Props {
  tx: SurveysTexts;
  lang: Language;
  id: string;
  /** Said once the survey is on screen (it was just created). */
  notice: string;
}

/** A saved survey in the builder; reloading throws away what was typed and reads it again. */
export function SurveyEditor({ tx, lang, id, notice }: Props) {
  const survey = useResource(() => fetchSurvey(id), id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  if (survey.state.kind === 'ready') {
    return (
      <SurveyForm
        tx={tx}
        saved={survey.state.data.survey}
        notice={notice}
        onReload={survey.reload}
      />
    );
  }
  return (
    <section class="sv-view" aria-labelledby="sv-view-title">
      <p class="tr-back">
        <a href={hrefOf({ kind: 'list' })}>{tx.backToList}</a>
      </p>
      <h2 id="sv-view-title" ref={heading} tabIndex={-1}>
        {tx.opening}
      </h2>
      <LoadState
        tx={{ ...DESK_TEXTS[lang], problems: tx.problems }}
        state={survey.state}
        onRetry={survey.reload}
      />
    </section>
  );
}
