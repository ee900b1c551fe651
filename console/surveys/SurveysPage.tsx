import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../protocol/language.ts';
import type { Survey } from '../../protocol/surveys.ts';
import { SURVEYS_TEXTS } from './i18n.ts';
import { hrefOf, useSurveysView } from './route.ts';
import { SurveyEditor } from './SurveyEditor.tsx';
import { SurveyForm } from './SurveyForm.tsx';
import { SurveyList } from './SurveyList.tsx';
import { SurveyResultsView } from './SurveyResultsView.tsx';
import '../desk/desk.css';
import '../transcripts/transcripts.css';
import './surveys.css';

/**
 * 问卷 (专项调查), admins only: the list, the builder for a new or saved survey, and a
 * survey's results, each at its own address. Back on the list, focus returns to the survey left.
 */
export function SurveysPage({ lang }: { lang: Language }) {
  const tx = SURVEYS_TEXTS[lang];
  const view = useSurveysView();
  /** "Survey created" is said on the saved survey's page, which the new one turns into. */
  const [created, setCreated] = useState<string | null>(null);
  const left = useRef<string | null>(null);
  const shownBefore = useRef(false);

  useEffect(() => {
    shownBefore.current = true;
    if (view.kind === 'edit' || view.kind === 'results') left.current = view.id;
    if (view.kind !== 'edit') setCreated(null);
  }, [view]);

  function onCreated(survey: Survey): void {
    setCreated(survey.id);
    location.hash = hrefOf({ kind: 'edit', id: survey.id });
  }

  return (
    <section class="desk sv" aria-labelledby="sv-title">
      <h1 id="sv-title">{tx.title}</h1>
      {view.kind === 'list' && (
        <SurveyList tx={tx} lang={lang} focusOnOpen={shownBefore.current} focusId={left.current} />
      )}
      {view.kind === 'new' && <SurveyForm tx={tx} saved={null} notice="" onCreated={onCreated} />}
      {view.kind === 'edit' && (
        <SurveyEditor
          key={view.id}
          tx={tx}
          lang={lang}
          id={view.id}
          notice={created === view.id ? tx.created : ''}
        />
      )}
      {view.kind === 'results' && (
        <SurveyResultsView key={view.id} tx={tx} lang={lang} id={view.id} />
      )}
    </section>
  );
}
