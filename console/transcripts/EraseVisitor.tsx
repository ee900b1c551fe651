import { useState } from 'preact/hooks';
import type { VisitorErased } from '../../protocol/data-care.ts';
import { ConfirmRemove } from '../desk/ConfirmRemove.tsx';
import { eraseVisitor } from './api.ts';
import type { TranscriptsTexts } from './i18n.ts';

interface Props {
  tx: TranscriptsTexts;
  visitorId: string;
  /** How the visitor is shown, e.g. 访客 7F3A. */
  visitorName: string;
  onErased: (erased: VisitorErased) => void;
}

/** An admin's answer to a privacy request: everything about the visitor, deleted after a confirmation. */
export function EraseVisitor({ tx, visitorId, visitorName, onErased }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function erase(): Promise<void> {
    setBusy(true);
    setError('');
    const res = await eraseVisitor(visitorId);
    setBusy(false);
    if (res.ok) return onErased(res.data);
    setConfirming(false);
    setError(
      res.problem === 'conflict'
        ? tx.eraseHeld
        : res.problem === 'not_found'
          ? tx.eraseGone
          : tx.problems[res.problem],
    );
  }

  return (
    <section class="tr-erase" aria-labelledby="tr-erase-title">
      <h3 id="tr-erase-title">{tx.eraseTitle}</h3>
      <p class="desk-muted">{tx.eraseHint}</p>
      {confirming ? (
        <ConfirmRemove
          question={tx.eraseQuestion(visitorName)}
          confirmLabel={tx.eraseConfirm}
          cancelLabel={tx.eraseCancel}
          busy={busy}
          onConfirm={() => void erase()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {tx.eraseVisitor}
        </button>
      )}
      <p class="alert" role="alert">
        {error}
      </p>
    </section>
  );
}
