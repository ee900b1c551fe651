import { useId, useRef, useState } from 'preact/hooks';
import { LANGUAGES } from '../../protocol/language.ts';
import type { QuickReplyInput } from '../../protocol/schemas/desk.ts';
import type { Failure } from '../rest.ts';
import type { DeskTexts } from './i18n.ts';
import { inputOf, replyProblem, type ReplyDraft, type ReplyField } from './reply-form.ts';

interface Props {
  tx: DeskTexts;
  label: string;
  initial: ReplyDraft;
  submitLabel: string;
  /** Null when saved. */
  onSubmit: (input: QuickReplyInput) => Promise<Failure | null>;
  /** After a save the form starts over (adding) or goes away (editing, with `onCancel`). */
  onSaved?: () => void;
  onCancel?: () => void;
}

/** Adds or edits one quick reply; the server's refusal shows below it and marks the field. */
export function QuickReplyForm({
  tx,
  label,
  initial,
  submitLabel,
  onSubmit,
  onSaved,
  onCancel,
}: Props) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field: ReplyField | null; message: string } | null>(
    null,
  );
  const fields = {
    shortcut: useRef<HTMLInputElement>(null),
    body: useRef<HTMLTextAreaElement>(null),
    sort: useRef<HTMLInputElement>(null),
  };

  const edit = (change: Partial<ReplyDraft>) => setDraft((d) => ({ ...d, ...change }));

  async function submit(): Promise<void> {
    setProblem(null);
    setBusy(true);
    const input = inputOf(draft);
    const failure = await onSubmit(input);
    setBusy(false);
    if (!failure) {
      setDraft((d) => ({ ...initial, lang: d.lang }));
      fields.shortcut.current?.focus();
      return onSaved?.();
    }
    const found = replyProblem(tx, failure, input.shortcut);
    setProblem(found);
    if (found.field) fields[found.field].current?.focus();
  }

  const errorId = `${id}-error`;
  /** The error (when it is about this field) is read out first, then the field's hint. */
  const invalid = (field: ReplyField) => {
    const wrong = problem?.field === field;
    const hint = field === 'body' ? [] : [`${id}-${field}-hint`];
    return {
      'aria-invalid': wrong,
      'aria-describedby': [...(wrong ? [errorId] : []), ...hint].join(' ') || undefined,
    };
  };
  return (
    <form
      class="desk-reply-form"
      aria-label={label}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel && !busy) onCancel();
      }}
    >
      <div class="desk-field">
        <label for={`${id}-lang`}>{tx.qrLang}</label>
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
      <div class="desk-field">
        <label for={`${id}-shortcut`}>{tx.qrShortcut}</label>
        <span class="desk-slash">
          <span aria-hidden="true">/</span>
          <input
            id={`${id}-shortcut`}
            ref={fields.shortcut}
            value={draft.shortcut}
            maxLength={31}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => edit({ shortcut: e.currentTarget.value })}
            {...invalid('shortcut')}
          />
        </span>
        <small id={`${id}-shortcut-hint`}>{tx.qrShortcutHint}</small>
      </div>
      <div class="desk-field desk-grow">
        <label for={`${id}-body`}>{tx.qrBody}</label>
        <textarea
          id={`${id}-body`}
          ref={fields.body}
          rows={3}
          maxLength={2000}
          value={draft.body}
          onInput={(e) => edit({ body: e.currentTarget.value })}
          {...invalid('body')}
        />
      </div>
      <div class="desk-field">
        <label for={`${id}-sort`}>{tx.qrSort}</label>
        <input
          id={`${id}-sort`}
          ref={fields.sort}
          type="number"
          min={0}
          max={100000}
          step={1}
          value={draft.sort}
          onInput={(e) => edit({ sort: e.currentTarget.value })}
          {...invalid('sort')}
        />
        <small id={`${id}-sort-hint`}>{tx.qrSortHint}</small>
      </div>
      <p id={errorId} class="alert desk-wide" role="alert">
        {problem?.message ?? ''}
      </p>
      <div class="desk-actions desk-wide">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
            {tx.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
