import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuickReply } from '../../protocol/desk.ts';
import type { QuickReplyInput } from '../../protocol/schemas/desk.ts';
import type { Failure } from '../rest.ts';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import type { DeskTexts } from './i18n.ts';
import { QuickReplyForm } from './QuickReplyForm.tsx';
import { draftOf } from './reply-form.ts';

interface Props {
  tx: DeskTexts;
  reply: QuickReply;
  onSave: (input: QuickReplyInput) => Promise<Failure | null>;
  onRemove: () => Promise<Failure | null>;
}

type Mode = 'view' | 'edit' | 'confirm';

/** One quick reply: shown, edited in place, or waiting for "yes, delete". */
export function QuickReplyItem({ tx, reply, onSave, onRemove }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const editRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  /** Back in view, focus returns to the button that left it. */
  const returnTo = useRef<typeof editRef | null>(null);

  useEffect(() => {
    if (mode === 'view') returnTo.current?.current?.focus();
  }, [mode]);

  function show(next: Mode): void {
    setError('');
    returnTo.current = mode === 'edit' ? editRef : mode === 'confirm' ? removeRef : null;
    setMode(next);
  }

  async function remove(): Promise<void> {
    setBusy(true);
    const failure = await onRemove();
    setBusy(false);
    if (failure) setError(tx.problems[failure.problem]);
  }

  const name = `/${reply.shortcut}`;
  if (mode === 'edit') {
    return (
      <li class="desk-reply editing">
        <QuickReplyForm
          tx={tx}
          label={`${tx.edit} ${name}`}
          initial={draftOf(reply)}
          submitLabel={tx.save}
          onSubmit={onSave}
          onSaved={() => show('view')}
          onCancel={() => show('view')}
        />
      </li>
    );
  }
  return (
    <li class="desk-reply">
      <div class="desk-reply-head">
        <code class="desk-shortcut">{name}</code>
        <span class="desk-muted">
          {tx.qrColOrder}
          {reply.sort}
        </span>
      </div>
      <p class="desk-text">{reply.body}</p>
      {mode === 'confirm' ? (
        <ConfirmRemove
          question={tx.confirmRemoveText(reply.shortcut)}
          confirmLabel={busy ? tx.saving : tx.confirmRemove}
          cancelLabel={tx.cancel}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => show('view')}
        />
      ) : (
        <div class="desk-actions">
          <button type="button" class="secondary" ref={editRef} onClick={() => show('edit')}>
            {tx.edit}
            <span class="sr"> {name}</span>
          </button>
          <button type="button" class="secondary" ref={removeRef} onClick={() => show('confirm')}>
            {tx.remove}
            <span class="sr"> {name}</span>
          </button>
        </div>
      )}
      <p class="alert" role="alert">
        {error}
      </p>
    </li>
  );
}
