import { SURVEY_LIMITS } from '../../protocol/surveys.ts';
import type { SurveyQuestion as Question } from '../../protocol/surveys.ts';
import type { SurveyValue } from './survey-model.ts';
import type { SurveyTexts } from './survey-texts.ts';

interface Props {
  q: Question;
  /** Also the inputs' `name`: unique on the page (survey and question id). */
  name: string;
  number: number;
  value: SurveyValue | undefined;
  st: SurveyTexts;
  /** The id of the alert that says this question still needs an answer, while it does. */
  errorId: string | null;
  onChange: (value: SurveyValue) => void;
}

const STARS = [1, 2, 3, 4, 5];

/** The prompt, numbered, with the required mark (spoken as "必填 / required"). */
function Prompt({ q, number, st }: Pick<Props, 'q' | 'number' | 'st'>) {
  return (
    <>
      {number}. {q.prompt}
      {q.required && (
        <span class="req">
          <span aria-hidden="true"> *</span>
          <span class="sr">（{st.required}）</span>
        </span>
      )}
    </>
  );
}

/**
 * One question: 1–5 stars and single choices as native radios (arrow keys move, Tab stops once
 * per group), multiple choices as checkboxes, words in a text box.
 */
export function SurveyQuestion(props: Props) {
  const { q, name, value, st, errorId, onChange } = props;
  const invalid = errorId !== null;
  const described = { 'aria-invalid': invalid, 'aria-describedby': errorId ?? undefined };
  if (q.kind === 'text') {
    return (
      <label class="field">
        <span class="prompt">
          <Prompt {...props} />
        </span>
        <textarea
          name={name}
          rows={3}
          maxLength={SURVEY_LIMITS.answerChars}
          required={q.required}
          value={typeof value === 'string' ? value : ''}
          onInput={(e) => onChange(e.currentTarget.value)}
          {...described}
        />
      </label>
    );
  }
  const chosen = Array.isArray(value) ? value : [];
  const multiple = q.kind === 'multiple';
  const toggle = (i: number, on: boolean) =>
    onChange(on ? [...chosen.filter((c) => c !== i), i] : chosen.filter((c) => c !== i));
  return (
    <fieldset
      class={`question ${q.kind}`}
      role={multiple ? undefined : 'radiogroup'}
      aria-required={multiple ? undefined : q.required}
      {...described}
    >
      <legend>
        <Prompt {...props} />
      </legend>
      {q.kind === 'rating'
        ? STARS.map((n) => (
            <label key={n} class={typeof value === 'number' && n <= value ? 'on' : undefined}>
              <input
                type="radio"
                class="sr"
                name={name}
                checked={value === n}
                aria-label={st.stars(n)}
                onChange={() => onChange(n)}
              />
              <span aria-hidden="true">★</span>
            </label>
          ))
        : q.options.map((option, i) => (
            <label key={option}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                checked={chosen.includes(i)}
                onChange={(e) => (multiple ? toggle(i, e.currentTarget.checked) : onChange([i]))}
              />
              {option}
            </label>
          ))}
    </fieldset>
  );
}
