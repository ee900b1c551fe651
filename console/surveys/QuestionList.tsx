import {
  SURVEY_LIMITS,
  SURVEY_QUESTION_KINDS,
  type SurveyQuestionKind,
} from '../../protocol/surveys.ts';
import {
  addQuestion,
  changeQuestion,
  moveQuestion,
  removeQuestion,
  type FieldProblem,
  type SurveyDraft,
} from './draft.ts';
import { ADD_QUESTION_ID, fieldError, questionPart } from './field-ids.ts';
import type { SurveysTexts } from './i18n.ts';
import { QuestionEditor } from './QuestionEditor.tsx';

interface Props {
  tx: SurveysTexts;
  draft: SurveyDraft;
  /** The survey has answers: questions are shown, not edited. */
  locked: boolean;
  problem: FieldProblem | null;
  onChange: (draft: SurveyDraft) => void;
  /** Focuses this element id once the change is on screen. */
  focus: (id: string) => void;
}

/**
 * The questions in order, and a button per kind to add one. After a move, focus stays on the
 * button pressed (or its twin at the end of the list); after a removal it goes to a neighbour.
 */
export function QuestionList({ tx, draft, locked, problem, onChange, focus }: Props) {
  const { questions } = draft;
  const error = fieldError(tx, problem, 'questions');

  function add(kind: SurveyQuestionKind): void {
    const next = addQuestion(draft, kind);
    const added = next.questions.at(-1);
    if (added) focus(questionPart(added.key, 'prompt'));
    onChange(next);
  }

  function move(index: number, by: -1 | 1): void {
    const q = questions[index];
    if (!q) return;
    const arrived = index + by;
    const atEnd = arrived === 0 || arrived === questions.length - 1;
    const button = by < 0 ? 'up' : 'down';
    const twin = by < 0 ? 'down' : 'up';
    focus(questionPart(q.key, atEnd ? twin : button));
    onChange(moveQuestion(draft, index, by));
  }

  function remove(index: number): void {
    const neighbour = questions[index + 1] ?? questions[index - 1];
    focus(neighbour ? questionPart(neighbour.key, 'prompt') : ADD_QUESTION_ID);
    onChange(removeQuestion(draft, index));
  }

  return (
    <fieldset class="desk-card sv-questions">
      <legend>{tx.questions}</legend>
      {locked && <p class="sv-locked">{tx.lockedNote}</p>}
      {questions.length === 0 && <p class="desk-muted">{tx.noQuestions}</p>}
      <ol class="sv-question-list">
        {questions.map((q, index) => (
          <QuestionEditor
            key={q.key}
            tx={tx}
            question={q}
            index={index}
            count={questions.length}
            locked={locked}
            problem={problem}
            onChange={(change) => onChange(changeQuestion(draft, index, change))}
            onMove={(by) => move(index, by)}
            onRemove={() => remove(index)}
            focus={focus}
          />
        ))}
      </ol>
      {!locked && (
        <div class="sv-add" role="group" aria-label={tx.addQuestion}>
          {SURVEY_QUESTION_KINDS.map((kind) => (
            <button
              key={kind}
              id={`sv-add-${kind}`}
              type="button"
              class="secondary"
              disabled={questions.length >= SURVEY_LIMITS.questions}
              aria-describedby="sv-questions-error"
              onClick={() => add(kind)}
            >
              {tx.addKind(tx.kinds[kind])}
            </button>
          ))}
        </div>
      )}
      <p id="sv-questions-error" class="desk-field-error" role="alert">
        {error}
      </p>
    </fieldset>
  );
}
