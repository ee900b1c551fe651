import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ticket } from '../../protocol/tickets.ts';
import type { Failure } from '../rest.ts';
import type { TicketChange } from './api.ts';
import type { TicketsTexts } from './i18n.ts';
import { Refusal } from './Refusal.tsx';

/** What the fields make of the form: the change to send, or the field to fix first. */
export type Check =
  { ok: true; change: TicketChange } | { ok: false; field: string; message: string };

/** What every step's form is given by the actions panel. */
export interface StepProps {
  tx: TicketsTexts;
  ticket: Ticket;
  onSubmit: (change: TicketChange) => Promise<Failure | null>;
  onCancel: () => void;
  onReload: () => void;
}

interface Props {
  tx: TicketsTexts;
  /** Ids of the form's parts are made from it. */
  id: string;
  label: string;
  submitLabel: string;
  check: (data: FormData) => Check;
  /** Null once done; the panel then closes the form. */
  onSubmit: (change: TicketChange) => Promise<Failure | null>;
  onCancel: () => void;
  onReload: () => void;
  /** The fields; `invalid` names the one to mark, `errorId` is what it is described by. */
  children: (invalid: string | null, errorId: string) => ComponentChildren;
}

function focusField(form: HTMLFormElement | null, name: string): void {
  const field = form?.elements.namedItem(name);
  const first = field instanceof RadioNodeList ? field[0] : field;
  if (first instanceof HTMLElement) first.focus();
}

/**
 * One step's form under the step buttons: the fields, what is wrong with them, the server's
 * refusal, and send / cancel. Escape cancels. Typed text survives a refusal and a reload.
 */
export function StepForm(props: Props) {
  const { tx, id } = props;
  const ref = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState<{ field: string; message: string } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const errorId = `${id}-error`;

  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea');
    first?.focus();
  }, []);

  async function submit(form: HTMLFormElement): Promise<void> {
    setFailure(null);
    const checked = props.check(new FormData(form));
    if (!checked.ok) {
      setInvalid({ field: checked.field, message: checked.message });
      focusField(form, checked.field);
      return;
    }
    setInvalid(null);
    setBusy(true);
    const refused = await props.onSubmit(checked.change);
    if (!ref.current) return;
    setBusy(false);
    setFailure(refused);
  }

  function reload(): void {
    setFailure(null);
    props.onReload();
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  return (
    <form
      id={id}
      ref={ref}
      class="tk-step-form"
      aria-label={props.label}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit(e.currentTarget);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      {props.children(invalid?.field ?? null, errorId)}
      <p id={errorId} class="desk-field-error" role="alert">
        {invalid?.message ?? ''}
      </p>
      <Refusal tx={tx} failure={failure} onReload={reload} />
      <div class="desk-actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : props.submitLabel}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={props.onCancel}>
          {tx.cancel}
        </button>
      </div>
    </form>
  );
}
