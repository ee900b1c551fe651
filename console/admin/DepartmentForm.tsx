import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { DepartmentDraft, DepartmentField } from './department-draft.ts';
import type { AdminTexts } from './i18n.ts';
import type { FormProblem } from './refusal.ts';

interface Props {
  tx: AdminTexts;
  initial: DepartmentDraft;
  /** Adding asks for the id; renaming keeps it. */
  adding: boolean;
  label: string;
  submitLabel: string;
  onSubmit: (draft: DepartmentDraft) => Promise<FormProblem<DepartmentField> | null>;
  onCancel?: () => void;
}

/** Adds a department, or renames one. */
export function DepartmentForm(props: Props) {
  const { tx, adding } = props;
  const id = useId();
  const [draft, setDraft] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem<DepartmentField> | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const focus = (field: DepartmentField) =>
    form.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  useEffect(() => {
    if (!adding) focus('nameZh');
  }, [adding]);

  async function submit(): Promise<void> {
    setProblem(null);
    setBusy(true);
    const refused = await props.onSubmit(draft);
    setBusy(false);
    setProblem(refused);
    if (refused?.field) focus(refused.field);
    else if (!refused && adding) {
      setDraft(props.initial);
      focus('id');
    }
  }

  const errorId = `${id}-error`;
  const input = (field: DepartmentField, max: number, hint = false) => (
    <input
      id={`${id}-${field}`}
      data-field={field}
      value={draft[field]}
      maxLength={max}
      autocomplete="off"
      aria-invalid={problem?.field === field}
      aria-describedby={
        [problem?.field === field ? errorId : '', hint ? `${id}-${field}-hint` : '']
          .filter(Boolean)
          .join(' ') || undefined
      }
      onInput={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [field]: value }));
      }}
    />
  );
  return (
    <form
      ref={form}
      class="admin-form"
      aria-label={props.label}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && props.onCancel && !busy) props.onCancel();
      }}
    >
      {adding && (
        <div class="desk-field">
          <label for={`${id}-id`}>{tx.deptId}</label>
          {input('id', 32, true)}
          <small id={`${id}-id-hint`}>{tx.deptIdHint}</small>
        </div>
      )}
      <div class="desk-field">
        <label for={`${id}-nameZh`}>{tx.nameZh}</label>
        {input('nameZh', 40)}
      </div>
      <div class="desk-field">
        <label for={`${id}-nameEn`}>{tx.nameEn}</label>
        {input('nameEn', 60)}
      </div>
      <p id={errorId} class="alert desk-wide" role="alert">
        {problem?.message ?? ''}
      </p>
      <div class="desk-actions desk-wide">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="secondary" disabled={busy} onClick={props.onCancel}>
            {tx.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
