import { SURVEY_LIMITS } from '../../protocol/surveys.ts';
import { isChoice, type FieldProblem, type QuestionDraft } from './draft.ts';
import { fieldError, questionPart } from './field-ids.ts';
import type { SurveysTexts } from './i18n.ts';

interface Props {
  tx: SurveysTexts;
  question: QuestionDraft;
  index: number;
  count: number;
  locked: boolean;
  problem: FieldProblem | null;
  onChange: (change: Partial<Pick<QuestionDraft, 'prompt' | 'required' | 'options'>>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  focus: (id: string) => void;
}

/** One question: its wording, whether it must be answered, a choice's options, its place. */
export function QuestionEditor({ tx, question: q, index, count, locked, ...props }: Props) {
  const { problem, onChange, focus } = props;
  const n = index + 1;
  const id = (part: string) => questionPart(q.key, part);
  const promptError = fieldError(tx, problem, 'prompt', index);
  const optionsError = fieldError(tx, problem, 'options', index);

  function removeOption(at: number): void {
    focus(id(`option-${Math.max(0, at - 1)}`));
    onChange({ options: q.options.filter((_, i) => i !== at) });
  }

  function addOption(): void {
    focus(id(`option-${q.options.length}`));
    onChange({ options: [...q.options, ''] });
  }

  return (
    <li class="sv-question">
      <fieldset>
        <legend>{tx.questionN(n, tx.kinds[q.kind])}</legend>
        <div class="desk-field">
          <label for={id('prompt')}>{tx.prompt}</label>
          <input
            id={id('prompt')}
            value={q.prompt}
            readOnly={locked}
            maxLength={SURVEY_LIMITS.promptChars}
            autocomplete="off"
            aria-invalid={promptError !== ''}
            aria-describedby={id('prompt-error')}
            onInput={(e) => onChange({ prompt: e.currentTarget.value })}
          />
          <p id={id('prompt-error')} class="desk-field-error" role="alert">
            {promptError}
          </p>
        </div>
        <label class="sv-check">
          <input
            type="checkbox"
            checked={q.required}
            disabled={locked}
            onChange={(e) => onChange({ required: e.currentTarget.checked })}
          />
          {tx.required}
        </label>
        {isChoice(q.kind) && (
          <fieldset class="sv-options" aria-describedby={id('options-error')}>
            <legend>{tx.options}</legend>
            <ol>
              {q.options.map((option, at) => (
                <li key={at}>
                  <label for={id(`option-${at}`)}>{tx.optionN(at + 1)}</label>
                  <input
                    id={id(`option-${at}`)}
                    value={option}
                    readOnly={locked}
                    maxLength={SURVEY_LIMITS.optionChars}
                    autocomplete="off"
                    aria-invalid={optionsError !== ''}
                    onInput={(e) => {
                      const options = q.options.map((o, i) =>
                        i === at ? e.currentTarget.value : o,
                      );
                      onChange({ options });
                    }}
                  />
                  {!locked && (
                    <button
                      type="button"
                      class="link"
                      aria-label={tx.ofOption(tx.remove, at + 1)}
                      disabled={q.options.length <= 2}
                      onClick={() => removeOption(at)}
                    >
                      {tx.remove}
                    </button>
                  )}
                </li>
              ))}
            </ol>
            {!locked && (
              <button
                type="button"
                class="secondary small"
                disabled={q.options.length >= SURVEY_LIMITS.options}
                onClick={addOption}
              >
                {tx.addOption}
              </button>
            )}
            <p id={id('options-error')} class="desk-field-error" role="alert">
              {optionsError}
            </p>
          </fieldset>
        )}
        {!locked && (
          <div class="sv-tools">
            <button
              id={id('up')}
              type="button"
              class="secondary small"
              aria-label={tx.ofQuestion(tx.moveUp, n)}
              disabled={index === 0}
              onClick={() => props.onMove(-1)}
            >
              {tx.moveUp}
            </button>
            <button
              id={id('down')}
              type="button"
              class="secondary small"
              aria-label={tx.ofQuestion(tx.moveDown, n)}
              disabled={index === count - 1}
              onClick={() => props.onMove(1)}
            >
              {tx.moveDown}
            </button>
            <button
              type="button"
              class="secondary small"
              aria-label={tx.ofQuestion(tx.remove, n)}
              onClick={props.onRemove}
            >
              {tx.remove}
            </button>
          </div>
        )}
      </fieldset>
    </li>
  );
}
