import { useRef, useState } from 'preact/hooks';
import { MESSAGE_MAX_CHARS } from '../../protocol/limits.ts';
import type { Failure } from '../rest.ts';
import type { TicketChange } from './api.ts';
import type { TicketsTexts } from './i18n.ts';
import { Refusal } from './Refusal.tsx';

type Kind = 'note' | 'private' | 'public';

interface Props {
  tx: TicketsTexts;
  /** Owner, contact or admin: may reply as well as note. */
  mayReply: boolean;
  act: (change: TicketChange) => Promise<Failure | null>;
  onReload: () => void;
}

/**
 * Notes (anyone who sees the ticket) and replies (those who may act on it), internal or for
 * the customer. They only add to the history, so they never conflict with a colleague's step.
 */
export function CommentForm({ tx, mayReply, act, onReload }: Props) {
  const [kind, setKind] = useState<Kind>('note');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const kinds: [Kind, string][] = [
    ['note', tx.kindNote],
    ['private', tx.kindPrivate],
    ['public', tx.kindPublic],
  ];

  async function submit(): Promise<void> {
    setFailure(null);
    const trimmed = body.trim();
    setEmpty(!trimmed);
    if (!trimmed) return text.current?.focus();
    setBusy(true);
    const change: TicketChange =
      kind === 'note' || !mayReply
        ? { kind: 'note', body: trimmed }
        : { kind: 'reply', input: { body: trimmed, public: kind === 'public' } };
    const refused = await act(change);
    setBusy(false);
    setFailure(refused);
    if (!refused) setBody('');
    text.current?.focus();
  }

  return (
    <form
      class="tk-comment"
      aria-labelledby="tk-comments-title"
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
    >
      <h3 id="tk-comments-title">{tx.comments}</h3>
      {mayReply && (
        <fieldset class="admin-choices">
          <legend>{tx.commentKind}</legend>
          {kinds.map(([k, label]) => (
            <label key={k}>
              <input
                type="radio"
                name="tk-comment-kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              {label}
            </label>
          ))}
        </fieldset>
      )}
      {mayReply && kind === 'public' && <p class="desk-muted">{tx.publicHint}</p>}
      <div class="desk-field">
        <label for="tk-comment-body">{mayReply ? tx.commentBody : tx.kindNote}</label>
        <textarea
          id="tk-comment-body"
          ref={text}
          rows={3}
          maxLength={MESSAGE_MAX_CHARS}
          value={body}
          aria-invalid={empty}
          aria-describedby="tk-comment-error"
          onInput={(e) => setBody(e.currentTarget.value)}
        />
      </div>
      <p id="tk-comment-error" class="desk-field-error" role="alert">
        {empty ? tx.needText : ''}
      </p>
      <Refusal tx={tx} failure={failure} onReload={onReload} />
      <div class="desk-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : tx.send}
        </button>
      </div>
    </form>
  );
}
