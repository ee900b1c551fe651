import { useEffect, useRef, useState } from 'preact/hooks';
import { SURVEY_LIMITS, type Survey } from '../../protocol/surveys.ts';
import type { Failure } from '../rest.ts';
import { Refusal } from '../tickets/Refusal.tsx';
import { createSurvey, saveSurvey } from './api.ts';
import {
  checkDraft,
  draftOf,
  emptyDraft,
  isDirty,
  saveBody,
  serverProblem,
  type FieldProblem,
  type SurveyDraft,
} from './draft.ts';
import { fieldError, problemId } from './field-ids.ts';
import type { SurveysTexts } from './i18n.ts';
import { PlacementFields } from './PlacementFields.tsx';
import { QuestionList } from './QuestionList.tsx';
import { hrefOf } from './route.ts';
import { StatusActions } from './StatusActions.tsx';

interface Props {
  tx: SurveysTexts;
  /** null: a new survey, saved as a draft on the first save. */
  saved: Survey | null;
  notice: string;
  onCreated?: (survey: Survey) => void;
  /** Reads the survey again from the server, dropping what was typed. */
  onReload?: () => void;
}

/**
 * The builder: title and introduction, the questions, where it shows, and its status. Once a
 * survey has answers its questions are locked (the server refuses to change them); the rest
 * stays editable. A problem is shown at its field, found first here, else by the server.
 */
export function SurveyForm({ tx, saved, notice: initialNotice, onCreated, onReload }: Props) {
  const [survey, setSurvey] = useState(saved);
  const [draft, setDraft] = useState<SurveyDraft>(() => (saved ? draftOf(saved) : emptyDraft()));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState(initialNotice);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  /** The element to focus once the next render is on screen. */
  const focusNext = useRef<string | null>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const locked = (survey?.responses ?? 0) > 0;
  const keys = draft.questions.map((q) => q.key);

  function refuse(next: FieldProblem | null, refusal: Failure | null): void {
    setProblem(next);
    setFailure(refusal);
    if (next) focusNext.current = problemId(next, keys);
  }

  async function submit(): Promise<void> {
    setNotice('');
    const local = checkDraft(draft);
    if (local) return refuse(local, null);
    refuse(null, null);
    setBusy(true);
    const res = survey
      ? await saveSurvey(survey.id, saveBody(draft, survey.version))
      : await createSurvey(saveBody(draft));
    setBusy(false);
    if (!res.ok) {
      return refuse(res.problem === 'invalid_input' ? serverProblem(res.detail) : null, res);
    }
    if (!survey) return onCreated?.(res.data.survey);
    setSurvey(res.data.survey);
    setDraft(draftOf(res.data.survey));
    setNotice(tx.saved);
  }

  function statusChanged(next: Survey, done: string): void {
    setSurvey(next);
    refuse(null, null);
    setNotice(done);
    focusNext.current = 'sv-notice';
  }

  const reload = () => (onReload ? onReload() : setFailure(null));
  const errorOf = (field: 'title' | 'intro' | 'pages') => fieldError(tx, problem, field);
  return (
    <section class="sv-view" aria-labelledby="sv-view-title">
      <p class="tr-back">
        <a href={hrefOf({ kind: 'list' })}>{tx.backToList}</a>
        {survey && <a href={hrefOf({ kind: 'results', id: survey.id })}>{tx.viewResults}</a>}
      </p>
      <h2 id="sv-view-title" ref={heading} tabIndex={-1}>
        {survey ? tx.editTitle(survey.title) : tx.newTitle}
      </h2>
      {survey && (
        <StatusActions
          tx={tx}
          survey={survey}
          dirty={isDirty(draft, survey)}
          onChanged={statusChanged}
          onReload={reload}
        />
      )}
      <p id="sv-notice" class="desk-notice" role="status" tabIndex={-1}>
        {notice}
      </p>
      <form
        class="sv-form"
        aria-labelledby="sv-view-title"
        aria-busy={busy}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void submit();
        }}
      >
        <fieldset class="desk-card">
          <legend>{tx.basics}</legend>
          <div class="desk-field">
            <label for="sv-title-input">{tx.surveyTitle}</label>
            <input
              id="sv-title-input"
              value={draft.title}
              maxLength={SURVEY_LIMITS.titleChars}
              autocomplete="off"
              aria-invalid={errorOf('title') !== ''}
              aria-describedby="sv-title-input-error"
              onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
            />
            <p id="sv-title-input-error" class="desk-field-error" role="alert">
              {errorOf('title')}
            </p>
          </div>
          <div class="desk-field">
            <label for="sv-intro">{tx.surveyIntro}</label>
            <textarea
              id="sv-intro"
              rows={2}
              value={draft.intro}
              maxLength={SURVEY_LIMITS.introChars}
              aria-invalid={errorOf('intro') !== ''}
              aria-describedby="sv-intro-hint sv-intro-error"
              onInput={(e) => setDraft({ ...draft, intro: e.currentTarget.value })}
            />
            <small id="sv-intro-hint">{tx.introHint}</small>
            <p id="sv-intro-error" class="desk-field-error" role="alert">
              {errorOf('intro')}
            </p>
          </div>
        </fieldset>
        <QuestionList
          tx={tx}
          draft={draft}
          locked={locked}
          problem={problem}
          onChange={setDraft}
          focus={(id) => (focusNext.current = id)}
        />
        <PlacementFields
          tx={tx}
          draft={draft}
          surveyId={survey?.id ?? null}
          pagesError={errorOf('pages')}
          onChange={(change) => setDraft({ ...draft, ...change })}
        />
        <Refusal tx={tx} failure={failure} onReload={reload} />
        <div class="desk-actions">
          <button type="submit" class="primary">
            {busy ? tx.saving : survey ? tx.save : tx.create}
          </button>
        </div>
      </form>
    </section>
  );
}
