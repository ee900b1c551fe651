import { useEffect, useRef, useState } from 'preact/hooks';
import type { LeftMessage } from '../../protocol/desk.ts';
import type { Language } from '../../protocol/language.ts';
import { TICKET_PRIORITIES, TICKET_TYPES } from '../../protocol/tickets.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { ticketFromLeftMessage } from './api.ts';
import { TICKET_WORDS } from './i18n-shared.ts';
import { ticketHref } from './route.ts';

/**
 * 转为工单 under a left message: the type and priority; the text, the contact and the
 * department come from the message. The server marks the message handled in the same step,
 * and the new ticket opens.
 */
export function MakeTicketForm({
  lang,
  message,
  onCancel,
}: {
  lang: Language;
  message: LeftMessage;
  onCancel: () => void;
}) {
  const words = TICKET_WORDS[lang];
  const desk = DESK_TEXTS[lang];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const first = useRef<HTMLSelectElement>(null);
  const base = `make-ticket-${message.id}`;

  useEffect(() => first.current?.focus(), []);

  async function submit(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    setError('');
    setBusy(true);
    const res = await ticketFromLeftMessage({
      leftMessageId: message.id,
      type: TICKET_TYPES.find((t) => t === data.get('type')) ?? 'consultation',
      priority: TICKET_PRIORITIES.find((p) => p === data.get('priority')) ?? 'normal',
    });
    if (res.ok) {
      location.hash = ticketHref(res.data.ticket.id);
      return;
    }
    setBusy(false);
    setError([desk.problems[res.problem], res.detail].filter(Boolean).join(' '));
    first.current?.focus();
  }

  return (
    <form
      id={base}
      class="desk-inline-form"
      aria-label={words.makeTicketLabel(message.name)}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit(e.currentTarget);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel();
      }}
    >
      <div class="desk-row">
        <div class="desk-field">
          <label for={`${base}-type`}>{words.ticketType}</label>
          <select id={`${base}-type`} name="type" ref={first}>
            {TICKET_TYPES.map((t) => (
              <option key={t} value={t}>
                {words.types[t]}
              </option>
            ))}
          </select>
        </div>
        <div class="desk-field">
          <label for={`${base}-priority`}>{words.priority}</label>
          <select id={`${base}-priority`} name="priority">
            {TICKET_PRIORITIES.map((p) => (
              <option key={p} value={p} selected={p === 'normal'}>
                {words.priorities[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="alert" role="alert">
        {error}
      </p>
      <div class="desk-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? words.creating : words.create}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
          {desk.cancel}
        </button>
      </div>
    </form>
  );
}
