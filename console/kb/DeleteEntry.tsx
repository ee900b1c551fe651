import { useEffect, useRef, useState } from 'preact/hooks';
import type { KbTexts } from './i18n.ts';

interface Props {
  tx: KbTexts;
  disabled: boolean;
  /** Resolves once the delete is done or refused (the editor shows why). */
  onRemove: () => Promise<void>;
}

/** Delete, with a confirm step: the first button only asks "are you sure?". */
export function DeleteEntry({ tx, disabled, onRemove }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function remove(): Promise<void> {
    setBusy(true);
    await onRemove();
    setBusy(false);
    setAsking(false);
  }

  if (!asking) {
    return (
      <button
        type="button"
        class="secondary"
        ref={askRef}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {tx.remove}
      </button>
    );
  }
  return (
    <div class="kb-confirm" role="group" aria-label={tx.confirmRemoveText}>
      <p>{tx.confirmRemoveText}</p>
      <button type="button" class="danger" disabled={busy} onClick={() => void remove()}>
        {tx.confirmRemove}
      </button>
      <button
        type="button"
        class="secondary"
        ref={keepRef}
        disabled={busy}
        onClick={() => setAsking(false)}
      >
        {tx.cancel}
      </button>
    </div>
  );
}
