import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { DepartmentAdmin } from '../../protocol/admin.ts';
import { LANGUAGES, type Language } from '../../protocol/language.ts';
import type { AgentDraft, AgentField } from './agent-draft.ts';
import type { AdminTexts } from './i18n.ts';
import type { FormProblem } from './refusal.ts';

interface Props {
  tx: AdminTexts;
  lang: Language;
  departments: DepartmentAdmin[];
  initial: AgentDraft;
  /** Adding asks for an initial password; editing never shows one. */
  adding: boolean;
  label: string;
  submitLabel: string;
  /** Null when saved. */
  onSubmit: (draft: AgentDraft) => Promise<FormProblem<AgentField> | null>;
  onCancel?: () => void;
}

/** Adds or edits an account; a refused field is marked, focused and explained below the form. */
export function AgentForm(props: Props) {
  const { tx, lang, adding } = props;
  const id = useId();
  const [draft, setDraft] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem<AgentField> | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const focus = (field: AgentField) =>
    form.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  // Editing opens in place of the row: the first field takes the focus.
  useEffect(() => {
    if (!adding) focus('email');
  }, [adding]);

  const edit = (change: Partial<AgentDraft>) => setDraft((d) => ({ ...d, ...change }));

  async function submit(): Promise<void> {
    setProblem(null);
    setBusy(true);
    const refused = await props.onSubmit(draft);
    setBusy(false);
    setProblem(refused);
    if (refused?.field) focus(refused.field);
    else if (!refused && adding) {
      setDraft(props.initial);
      focus('email');
    }
  }

  const errorId = `${id}-error`;
  const field = (name: AgentField, hint?: boolean) => ({
    id: `${id}-${name}`,
    'data-field': name,
    'aria-invalid': problem?.field === name,
    'aria-describedby':
      [problem?.field === name ? errorId : '', hint ? `${id}-${name}-hint` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });
  const toggle = (department: string, on: boolean) =>
    edit({
      departments: on
        ? [...draft.departments, department]
        : draft.departments.filter((d) => d !== department),
    });

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
      <div class="desk-field">
        <label for={`${id}-email`}>{tx.email}</label>
        <input
          type="email"
          autocomplete="off"
          value={draft.email}
          onInput={(e) => edit({ email: e.currentTarget.value })}
          {...field('email')}
        />
      </div>
      <div class="desk-field">
        <label for={`${id}-name`}>{tx.name}</label>
        <input
          value={draft.name}
          maxLength={60}
          onInput={(e) => edit({ name: e.currentTarget.value })}
          {...field('name')}
        />
      </div>
      <div class="desk-field">
        <label for={`${id}-role`}>{tx.role}</label>
        <select
          value={draft.role}
          onChange={(e) => edit({ role: e.currentTarget.value === 'admin' ? 'admin' : 'agent' })}
          {...field('role')}
        >
          <option value="agent">{tx.roles.agent}</option>
          <option value="admin">{tx.roles.admin}</option>
        </select>
      </div>
      <div class="desk-field">
        <label for={`${id}-maxChats`}>{tx.maxChats}</label>
        <input
          type="number"
          min={1}
          max={50}
          step={1}
          value={draft.maxChats}
          onInput={(e) => edit({ maxChats: e.currentTarget.value })}
          {...field('maxChats')}
        />
      </div>
      <div class="desk-field">
        <label for={`${id}-lang`}>{tx.lang}</label>
        <select
          id={`${id}-lang`}
          value={draft.lang}
          onChange={(e) => edit({ lang: e.currentTarget.value === 'en' ? 'en' : 'zh-CN' })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {tx.languages[l]}
            </option>
          ))}
        </select>
      </div>
      {adding && (
        <div class="desk-field">
          <label for={`${id}-password`}>{tx.password}</label>
          <input
            autocomplete="new-password"
            spellcheck={false}
            value={draft.password}
            maxLength={200}
            onInput={(e) => edit({ password: e.currentTarget.value })}
            {...field('password', true)}
          />
          <small id={`${id}-password-hint`}>{tx.passwordHint}</small>
        </div>
      )}
      <fieldset
        class="admin-choices desk-wide"
        aria-describedby={problem?.field === 'departments' ? errorId : `${id}-departments-hint`}
      >
        <legend>{tx.departments}</legend>
        <small id={`${id}-departments-hint`}>{tx.departmentsHint}</small>
        {props.departments.map((d, i) => (
          <label key={d.id}>
            <input
              type="checkbox"
              data-field={i === 0 ? 'departments' : undefined}
              checked={draft.departments.includes(d.id)}
              onChange={(e) => toggle(d.id, e.currentTarget.checked)}
            />
            {lang === 'en' ? d.nameEn : d.nameZh}
          </label>
        ))}
      </fieldset>
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
