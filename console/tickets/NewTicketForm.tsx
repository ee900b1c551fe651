import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Directory } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import { MESSAGE_MAX_CHARS } from '../../protocol/limits.ts';
import { TICKET_PRIORITIES, TICKET_TYPES } from '../../protocol/tickets.ts';
import type { Failure } from '../rest.ts';
import { departmentName } from '../useDirectory.ts';
import { createTicket } from './api.ts';
import type { TicketsTexts } from './i18n.ts';
import { Refusal } from './Refusal.tsx';

interface Props {
  tx: TicketsTexts;
  lang: Language;
  agent: AgentProfile;
  directory: Directory | null;
  backHref: string;
  /** Where the new ticket opens. */
  ticketHref: (id: string) => string;
}

/** A ticket by hand: a phone call, an e-mail, something noticed. The agent owns it by default. */
export function NewTicketForm({ tx, lang, agent, directory, backHref, ticketHref }: Props) {
  const [busy, setBusy] = useState(false);
  const [titleMissing, setTitleMissing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const w = tx.words;
  const departments = directory?.departments ?? [];
  const mine = departments.find((d) => agent.departments.includes(d.id));
  const initial = mine ?? departments.find((d) => d.isDefault);
  const others = (directory?.agents ?? []).filter((a) => a.id !== agent.id);

  useEffect(() => heading.current?.focus(), []);

  async function submit(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    setFailure(null);
    setTitleMissing(!field('title'));
    if (!field('title')) return form.querySelector<HTMLElement>('#tk-new-title')?.focus();
    const owner = field('ownerId');
    setBusy(true);
    const res = await createTicket({
      type: TICKET_TYPES.find((t) => t === field('type')) ?? 'consultation',
      priority: TICKET_PRIORITIES.find((p) => p === field('priority')) ?? 'normal',
      departmentId: field('departmentId'),
      ownerId: owner === '' ? null : owner,
      title: field('title'),
      description: field('description'),
      customerName: field('customerName'),
      customerContact: field('customerContact'),
    });
    setBusy(false);
    if (res.ok) location.hash = ticketHref(res.data.ticket.id);
    else setFailure(res);
  }

  const text = (name: string, label: string, max: number) => (
    <div class="desk-field">
      <label for={`tk-new-${name}`}>{label}</label>
      <input id={`tk-new-${name}`} name={name} maxLength={max} autocomplete="off" />
    </div>
  );
  const select = (name: string, label: string, options: [string, string][], chosen?: string) => (
    <div class="desk-field">
      <label for={`tk-new-${name}`}>{label}</label>
      <select id={`tk-new-${name}`} name={name}>
        {options.map(([value, text]) => (
          <option key={value} value={value} selected={value === chosen}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section class="tk-new" aria-labelledby="tk-new-heading">
      <p class="tr-back">
        <a href={backHref}>{tx.backToList}</a>
      </p>
      <h2 id="tk-new-heading" ref={heading} tabIndex={-1}>
        {tx.newTitle}
      </h2>
      <form
        class="desk-card tk-new-form"
        aria-labelledby="tk-new-heading"
        aria-busy={busy}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void submit(e.currentTarget);
        }}
      >
        <div class="desk-row">
          {select(
            'type',
            tx.type,
            TICKET_TYPES.map((t) => [t, w.types[t]]),
          )}
          {select(
            'priority',
            w.priority,
            TICKET_PRIORITIES.map((p) => [p, w.priorities[p]]),
            'normal',
          )}
          {select(
            'departmentId',
            tx.department,
            departments.map((d) => [d.id, departmentName(d, lang)]),
            initial?.id,
          )}
          {select('ownerId', tx.owner, [
            [agent.id, tx.ownerMe],
            ['', tx.ownerNobody],
            ...others.map((a): [string, string] => [a.id, a.name]),
          ])}
        </div>
        <div class="desk-field">
          <label for="tk-new-title">{tx.ticketTitle}</label>
          <input
            id="tk-new-title"
            name="title"
            maxLength={200}
            autocomplete="off"
            aria-invalid={titleMissing}
            aria-describedby="tk-new-title-error"
          />
          <p id="tk-new-title-error" class="desk-field-error" role="alert">
            {titleMissing ? tx.needText : ''}
          </p>
        </div>
        <div class="desk-field">
          <label for="tk-new-description">{tx.description}</label>
          <textarea
            id="tk-new-description"
            name="description"
            rows={4}
            maxLength={MESSAGE_MAX_CHARS}
          />
        </div>
        <div class="desk-row">
          {text('customerName', tx.customerName, 100)}
          {text('customerContact', tx.customerContact, 200)}
        </div>
        <Refusal tx={tx} failure={failure} onReload={() => setFailure(null)} />
        <div class="desk-actions">
          <button type="submit" class="primary" disabled={busy || departments.length === 0}>
            {busy ? tx.saving : tx.create}
          </button>
          <a class="secondary" href={backHref}>
            {tx.cancel}
          </a>
        </div>
      </form>
    </section>
  );
}
