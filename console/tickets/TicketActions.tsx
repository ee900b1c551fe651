import { useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Directory } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import type { Ticket } from '../../protocol/tickets.ts';
import type { Failure } from '../rest.ts';
import type { TicketChange } from './api.ts';
import { AssignForm } from './AssignForm.tsx';
import { FollowUpForm } from './FollowUpForm.tsx';
import type { TicketsTexts } from './i18n.ts';
import { Refusal } from './Refusal.tsx';
import type { StepProps } from './StepForm.tsx';
import { EditForm, EscalateForm, ReasonForm } from './StepForms.tsx';
import { offeredSteps, ONE_CLICK, type Step } from './steps.ts';

interface Props {
  tx: TicketsTexts;
  lang: Language;
  agent: AgentProfile;
  ticket: Ticket;
  directory: Directory | null;
  /** The desk requires a 回访 before this ticket's type is closed. */
  followUpFirst: boolean;
  act: (step: Step, change: TicketChange) => Promise<Failure | null>;
  onReload: () => void;
}

const buttonId = (step: Step) => `tk-step-${step}`;

/** The one-click change of a step that needs no form. */
function oneClick(step: Step, ticket: Ticket, agentId: string): TicketChange {
  const version = ticket.version;
  if (step === 'take') return { kind: 'assign', input: { version, ownerId: agentId } };
  return { kind: 'status', input: { action: step === 'close' ? 'close' : 'start', version } };
}

/**
 * What the signed-in agent may do with the ticket now: a button per step, and the form of the
 * one chosen below them. The server has the last word; its refusal is shown where it happened.
 */
export function TicketActions({ tx, lang, agent, ticket, directory, ...props }: Props) {
  const steps: Step[] = offeredSteps(ticket, agent, props.followUpFirst).filter(
    (s) => s !== 'reply',
  );
  const [open, setOpen] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const shown = open !== null && steps.includes(open) ? open : null;

  function close(step: Step): void {
    setOpen(null);
    document.getElementById(buttonId(step))?.focus();
  }

  async function click(step: Step): Promise<void> {
    setFailure(null);
    if (!ONE_CLICK.includes(step)) {
      setOpen(shown === step ? null : step);
      return;
    }
    setOpen(null);
    setBusy(true);
    setFailure(await props.act(step, oneClick(step, ticket, agent.id)));
    setBusy(false);
  }

  const formProps = (step: Step): StepProps => ({
    tx,
    ticket,
    onSubmit: async (change) => {
      const refused = await props.act(step, change);
      if (!refused) setOpen(null);
      return refused;
    },
    onCancel: () => close(step),
    onReload: props.onReload,
  });

  const waitsForFollowUp =
    props.followUpFirst && ticket.status === 'resolved' && steps.includes('follow_up');
  return (
    <section class="tk-actions" aria-labelledby="tk-actions-title">
      <h3 id="tk-actions-title" tabIndex={-1}>
        {tx.actions}
      </h3>
      {steps.length === 0 ? (
        <p class="desk-muted">{tx.noSteps}</p>
      ) : (
        <div class="desk-actions">
          {steps.map((step) => (
            <button
              key={step}
              id={buttonId(step)}
              type="button"
              class={ONE_CLICK.includes(step) || step === 'resolve' ? 'primary' : 'secondary'}
              disabled={busy}
              aria-expanded={ONE_CLICK.includes(step) ? undefined : shown === step}
              aria-controls={shown === step ? `tk-${step.replace('_', '-')}` : undefined}
              onClick={() => void click(step)}
            >
              {tx.steps[step]}
            </button>
          ))}
        </div>
      )}
      {waitsForFollowUp && <p class="desk-muted">{tx.followUpFirst}</p>}
      <Refusal
        tx={tx}
        failure={failure}
        onReload={() => {
          setFailure(null);
          props.onReload();
          document.getElementById('tk-actions-title')?.focus();
        }}
      />
      {shown === 'escalate' && (
        <EscalateForm
          {...formProps('escalate')}
          lang={lang}
          departments={directory?.departments ?? []}
        />
      )}
      {(shown === 'return' || shown === 'resolve' || shown === 'reopen') && (
        <ReasonForm key={shown} {...formProps(shown)} step={shown} />
      )}
      {shown === 'follow_up' && <FollowUpForm {...formProps('follow_up')} lang={lang} />}
      {shown === 'assign' && (
        <AssignForm {...formProps('assign')} lang={lang} directory={directory} />
      )}
      {shown === 'edit' && <EditForm {...formProps('edit')} />}
    </section>
  );
}
