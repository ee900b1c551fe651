import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { AdminTexts } from './i18n.ts';

interface Props {
  tx: AdminTexts;
  name: string;
  /** The refusal's message, or null when the password was set. */
  onSubmit: (password: string) => Promise<string | null>;
  onCancel: () => void;
}

/** Sets a new password for an account, or has one made up (left empty). */
export function PasswordForm({ tx, name, onSubmit, onCancel }: Props) {
  const id = useId();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  async function submit(): Promise<void> {
    setError('');
    setBusy(true);
    const refused = await onSubmit(password);
    setBusy(false);
    if (refused) {
      setError(refused);
      input.current?.focus();
    }
  }

  return (
    <form
      class="admin-form"
      aria-label={tx.passwordLabel(name)}
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
      <div class="desk-field desk-grow">
        <label for={`${id}-password`}>{tx.newPassword}</label>
        <input
          id={`${id}-password`}
          ref={input}
          autocomplete="new-password"
          spellcheck={false}
          maxLength={200}
          value={password}
          aria-invalid={error !== ''}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <small id={`${id}-hint`}>{tx.newPasswordHint}</small>
      </div>
      <p id={`${id}-error`} class="alert desk-wide" role="alert">
        {error}
      </p>
      <div class="desk-actions desk-wide">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : tx.setPassword}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
          {tx.cancel}
        </button>
      </div>
    </form>
  );
}
