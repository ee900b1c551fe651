import { useEffect, useRef, useState } from 'preact/hooks';
import type { LeftMessage } from '../../protocol/desk.ts';
import type { Failure } from '../rest.ts';
import type { DeskTexts } from './i18n.ts';

interface Props {
  tx: DeskTexts;
  message: LeftMessage;
  /** Kept by the page, so switching tabs or a failed request never loses it. */
  note: string;
  onNote: (note: string) => void;
  /** Null once done; the page then removes this form. */
  onSubmit: (note: string) => Promise<Failure | null>;
  onCancel: () => void;
}

/** Asks how the message was followed up: the note is required, the server keeps the first one. */
export function HandleForm({ tx, message, note, onNote, onSubmit, onCancel }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const base = `handle-${message.id}`;

  useEffect(() => noteRef.current?.focus(), []);

  async function submit(): Promise<void> {
    setError('');
    if (!note.trim()) {
      setError(tx.noteEmpty);
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    const failure = await onSubmit(note);
    if (!failure) return;
    setBusy(false);
    setError(failure.problem === 'invalid_input' ? tx.noteEmpty : tx.problems[failure.problem]);
    noteRef.current?.focus();
  }

  return (
    <form
      id={base}
      class="desk-inline-form"
      aria-label={tx.handleFormLabel(message.name)}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel();
      }}
    >
      <label for={`${base}-note`}>{tx.noteLabel}</label>
      <textarea
        id={`${base}-note`}
        ref={noteRef}
        rows={2}
        maxLength={500}
        required
        placeholder={tx.notePlaceholder}
        value={note}
        aria-invalid={error !== ''}
        aria-describedby={`${base}-error`}
        onInput={(e) => onNote(e.currentTarget.value)}
      />
      <p id={`${base}-error`} class="alert" role="alert">
        {error}
      </p>
      <div class="desk-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : tx.confirmHandled}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
          {tx.cancel}
        </button>
      </div>
    </form>
  );
}
