import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmRemove } from '../desk/ConfirmRemove.tsx';
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
  const wasAsking = useRef(false);

  // Back from the question, focus returns to the button that asked it.
  useEffect(() => {
    if (!asking && wasAsking.current) askRef.current?.focus();
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
    <ConfirmRemove
      question={tx.confirmRemoveText}
      confirmLabel={tx.confirmRemove}
      cancelLabel={tx.cancel}
      busy={busy}
      onConfirm={() => void remove()}
      onCancel={() => setAsking(false)}
    />
  );
}
