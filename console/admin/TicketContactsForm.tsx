import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentAdmin } from '../../protocol/admin.ts';
import type { Language } from '../../protocol/language.ts';
import { TICKET_WORDS } from '../tickets/i18n-shared.ts';
import type { AdminTexts } from './i18n.ts';

interface Props {
  tx: AdminTexts;
  lang: Language;
  departmentId: string;
  departmentName: string;
  /** Active accounts: only they may receive tickets. */
  agents: AgentAdmin[];
  chosen: string[];
  /** The refusal's message, or null once saved. */
  onSave: (agentIds: string[]) => Promise<string | null>;
  onCancel: () => void;
}

/** 工单联系人: the agents who receive the tickets sent to this department. */
export function TicketContactsForm(props: Props) {
  const { tx, agents } = props;
  const words = TICKET_WORDS[props.lang];
  const [chosen, setChosen] = useState(() => new Set(props.chosen));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const base = `contacts-${props.departmentId}`;

  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);

  async function submit(): Promise<void> {
    setError('');
    setBusy(true);
    const refused = await props.onSave(agents.filter((a) => chosen.has(a.id)).map((a) => a.id));
    if (!refused) return;
    setBusy(false);
    setError(refused);
  }

  function toggle(id: string, on: boolean): void {
    setChosen((all) => {
      const next = new Set(all);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <form
      ref={form}
      class="desk-inline-form"
      aria-label={words.contactsLabel(props.departmentName)}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) props.onCancel();
      }}
    >
      <fieldset class="admin-choices" aria-describedby={`${base}-hint`}>
        <legend>{words.contacts}</legend>
        {agents.length === 0 && <p class="desk-muted">{words.noAgents}</p>}
        {agents.map((a) => (
          <label key={a.id}>
            <input
              type="checkbox"
              checked={chosen.has(a.id)}
              onChange={(e) => toggle(a.id, e.currentTarget.checked)}
            />
            {a.name}
          </label>
        ))}
        <small id={`${base}-hint`}>{words.contactsHint}</small>
      </fieldset>
      <p class="alert" role="alert">
        {error}
      </p>
      <div class="desk-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : tx.save}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={props.onCancel}>
          {tx.cancel}
        </button>
      </div>
    </form>
  );
}
