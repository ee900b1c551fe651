import type { ComponentChildren } from 'preact';
import type { Texts } from './i18n.ts';
import { Modal } from './Modal.tsx';

interface Props {
  tx: Texts;
  titleId: string;
  title: string;
  submitLabel: string;
  busy: boolean;
  /** False while the form still lacks what it needs (the directory). */
  ready: boolean;
  /** Why the last try failed; '' when it did not. */
  error: string;
  onSubmit: (form: HTMLFormElement) => void;
  onClose: () => void;
  children: ComponentChildren;
}

/** A modal form of the chat view (转接, 结束会话): its fields, then the error, cancel and submit. */
export function DialogForm(props: Props) {
  const { tx, busy, onClose } = props;
  return (
    <Modal titleId={props.titleId} title={props.title} onClose={onClose}>
      <form
        class="dialog-form"
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) props.onSubmit(e.currentTarget);
        }}
      >
        {props.children}
        <p class="alert" role="alert">
          {props.error}
        </p>
        <div class="dialog-actions">
          <button type="button" class="secondary" onClick={onClose}>
            {tx.cancel}
          </button>
          <button type="submit" class="primary" disabled={busy || !props.ready}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
