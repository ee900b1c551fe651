import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** "Delete the quick reply /thanks?": shown, and the group's name. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The "are you sure?" step of a delete. It opens on "cancel", so Enter alone deletes nothing. */
export function ConfirmRemove(props: Props) {
  const { busy } = props;
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => keepRef.current?.focus(), []);

  return (
    <div class="desk-confirm" role="group" aria-label={props.question}>
      <p>{props.question}</p>
      <button type="button" class="danger" disabled={busy} onClick={props.onConfirm}>
        {props.confirmLabel}
      </button>
      <button
        type="button"
        class="secondary"
        ref={keepRef}
        disabled={busy}
        onClick={props.onCancel}
      >
        {props.cancelLabel}
      </button>
    </div>
  );
}
