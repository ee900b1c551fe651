import type { ComponentChildren } from 'preact';
import { useEffect, useId } from 'preact/hooks';
import { TagInput } from '../TagInput.tsx';
import type { EntryDraft, EntryField } from './draft.ts';
import type { KbTexts } from './i18n.ts';
import { PublishFields } from './PublishFields.tsx';
import { SimilarList } from './SimilarList.tsx';
import { SuggestField } from './SuggestField.tsx';

/** As many keywords, and as long, as the entry schema accepts. */
const MAX_KEYWORDS = 50;
const KEYWORD_MAX_CHARS = 50;

export interface FormProblem {
  field: EntryField | null;
  message: string;
}

interface Props {
  tx: KbTexts;
  labelledBy: string;
  draft: EntryDraft;
  onChange: (change: Partial<EntryDraft>) => void;
  problem: FormProblem | null;
  /** In use elsewhere in the knowledge base, offered as suggestions. */
  categories: string[];
  departments: string[];
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** More actions beside the save button (delete). */
  children?: ComponentChildren;
}

/** The fields of one entry; the refusal shows below them and marks (and focuses) its field. */
export function EntryForm(props: Props) {
  const { tx, draft, onChange, problem, busy } = props;
  const id = useId();
  const fieldId = (field: EntryField) => `${id}-${field}`;
  const errorId = `${id}-error`;

  useEffect(() => {
    if (problem?.field) document.getElementById(fieldId(problem.field))?.focus();
  }, [problem]);

  /** The error (when it is about this field) is read out first, then the field's hint. */
  const described = (field: EntryField, hint?: string) =>
    [problem?.field === field ? errorId : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const invalid = (field: EntryField) => problem?.field === field;

  return (
    <form
      class="kb-form"
      aria-labelledby={props.labelledBy}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) props.onSubmit();
      }}
    >
      <div class="kb-field">
        <label for={fieldId('question')}>{tx.question}</label>
        <input
          id={fieldId('question')}
          value={draft.question}
          maxLength={300}
          aria-invalid={invalid('question')}
          aria-describedby={described('question')}
          onInput={(e) => onChange({ question: e.currentTarget.value })}
        />
      </div>
      <SimilarList
        tx={tx}
        id={fieldId('similar')}
        lines={draft.similar}
        onChange={(similar) => onChange({ similar })}
        invalid={invalid('similar')}
        describedBy={described('similar', `${id}-similar-hint`) ?? ''}
      />
      <small id={`${id}-similar-hint`} class="kb-hint">
        {tx.similarHint}
      </small>
      <div class="kb-field">
        <TagInput
          id={fieldId('keywords')}
          label={tx.keywords}
          removeLabel={tx.removeKeyword}
          tags={draft.keywords}
          onChange={(keywords) => onChange({ keywords })}
          max={MAX_KEYWORDS}
          maxChars={KEYWORD_MAX_CHARS}
          separators={/[,，、]/}
          listClass="kb-tags"
          describedBy={described('keywords', `${id}-keywords-hint`) ?? ''}
          invalid={invalid('keywords')}
        />
      </div>
      <small id={`${id}-keywords-hint`} class="kb-hint">
        {tx.keywordsHint}
      </small>
      <div class="kb-field">
        <label for={fieldId('answer')}>{tx.answer}</label>
        <textarea
          id={fieldId('answer')}
          rows={9}
          maxLength={10_000}
          value={draft.answer}
          aria-invalid={invalid('answer')}
          aria-describedby={described('answer', `${id}-answer-hint`)}
          onInput={(e) => onChange({ answer: e.currentTarget.value })}
        />
        <small id={`${id}-answer-hint`} class="kb-hint">
          {tx.answerHint}
        </small>
      </div>
      <div class="kb-row">
        <SuggestField
          id={fieldId('category')}
          label={tx.category}
          hint={tx.categoryHint}
          value={draft.category}
          options={props.categories}
          max={60}
          invalid={invalid('category')}
          describedBy={described('category')}
          onInput={(category) => onChange({ category })}
        />
        <SuggestField
          id={fieldId('department')}
          label={tx.department}
          hint={tx.departmentHint}
          value={draft.department}
          options={props.departments}
          max={64}
          invalid={invalid('department')}
          describedBy={described('department')}
          onInput={(department) => onChange({ department })}
        />
      </div>
      <PublishFields tx={tx} idOf={fieldId} draft={draft} onChange={onChange} />
      <p id={errorId} class="alert" role="alert">
        {problem?.message ?? ''}
      </p>
      <div class="kb-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : props.submitLabel}
        </button>
        {props.children}
      </div>
    </form>
  );
}
