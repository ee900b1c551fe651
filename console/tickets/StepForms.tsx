import type { DepartmentInfo } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import { MESSAGE_MAX_CHARS } from '../../protocol/limits.ts';
import { TICKET_PRIORITIES } from '../../protocol/tickets.ts';
import { departmentName } from '../useDirectory.ts';
import { fromLocalInput, toLocalInput } from './format.ts';
import { StepForm, type StepProps } from './StepForm.tsx';

type ReasonStep = 'return' | 'resolve' | 'reopen';

const described = (invalid: string | null, name: string, errorId: string) => ({
  'aria-invalid': invalid === name,
  'aria-describedby': invalid === name ? errorId : undefined,
});

/** Return and reopen need a reason, resolve its resolution: one required text each. */
export function ReasonForm(props: StepProps & { step: ReasonStep }) {
  const { tx, ticket, step } = props;
  const field = step === 'resolve' ? 'resolution' : 'reason';
  const label =
    step === 'resolve' ? tx.resolution : step === 'return' ? tx.reasonReturn : tx.reasonReopen;
  const id = `tk-${step}`;
  return (
    <StepForm
      {...props}
      id={id}
      label={tx.stepForm(tx.steps[step], ticket.ref)}
      submitLabel={tx.steps[step]}
      check={(data) => {
        const value = String(data.get(field) ?? '').trim();
        if (!value) return { ok: false, field, message: tx.needText };
        const version = ticket.version;
        const input =
          step === 'resolve'
            ? { action: step, version, resolution: value }
            : { action: step, version, reason: value };
        return { ok: true, change: { kind: 'status', input } };
      }}
    >
      {(invalid, errorId) => (
        <div class="desk-field">
          <label for={`${id}-text`}>{label}</label>
          <textarea
            id={`${id}-text`}
            name={field}
            rows={3}
            maxLength={step === 'resolve' ? MESSAGE_MAX_CHARS : 500}
            {...described(invalid, field, errorId)}
          />
        </div>
      )}
    </StepForm>
  );
}

/** 转交部门: the ticket moves to the chosen department, which then has to act. */
export function EscalateForm(props: StepProps & { lang: Language; departments: DepartmentInfo[] }) {
  const { tx, ticket, lang, departments } = props;
  const first = departments.find((d) => d.id !== ticket.departmentId)?.id ?? ticket.departmentId;
  return (
    <StepForm
      {...props}
      id="tk-escalate"
      label={tx.stepForm(tx.steps.escalate, ticket.ref)}
      submitLabel={tx.steps.escalate}
      check={(data) => {
        const departmentId = String(data.get('departmentId') ?? '');
        if (!departmentId) return { ok: false, field: 'departmentId', message: tx.needText };
        const input = { action: 'escalate' as const, version: ticket.version, departmentId };
        return { ok: true, change: { kind: 'status', input } };
      }}
    >
      {(invalid, errorId) => (
        <div class="desk-field">
          <label for="tk-escalate-department">{tx.escalateTo}</label>
          <select
            id="tk-escalate-department"
            name="departmentId"
            {...described(invalid, 'departmentId', errorId)}
          >
            {departments.map((d) => (
              <option key={d.id} value={d.id} selected={d.id === first}>
                {departmentName(d, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
    </StepForm>
  );
}

/** Priority and due time, sent together as the API wants. */
export function EditForm(props: StepProps) {
  const { tx, ticket } = props;
  const w = tx.words;
  return (
    <StepForm
      {...props}
      id="tk-edit"
      label={tx.stepForm(tx.steps.edit, ticket.ref)}
      submitLabel={tx.steps.edit}
      check={(data) => {
        const priority = TICKET_PRIORITIES.find((p) => p === data.get('priority'));
        const dueAt = fromLocalInput(String(data.get('dueAt') ?? ''));
        if (!priority) return { ok: false, field: 'priority', message: tx.needText };
        if (!dueAt) return { ok: false, field: 'dueAt', message: tx.needDue };
        return {
          ok: true,
          change: { kind: 'update', input: { version: ticket.version, priority, dueAt } },
        };
      }}
    >
      {(invalid, errorId) => (
        <div class="desk-row">
          <div class="desk-field">
            <label for="tk-edit-priority">{w.priority}</label>
            <select
              id="tk-edit-priority"
              name="priority"
              {...described(invalid, 'priority', errorId)}
            >
              {TICKET_PRIORITIES.map((p) => (
                <option key={p} value={p} selected={p === ticket.priority}>
                  {w.priorities[p]}
                </option>
              ))}
            </select>
          </div>
          <div class="desk-field">
            <label for="tk-edit-due">{tx.dueAt}</label>
            <input
              id="tk-edit-due"
              name="dueAt"
              type="datetime-local"
              defaultValue={toLocalInput(ticket.dueAt)}
              {...described(invalid, 'dueAt', errorId)}
            />
          </div>
        </div>
      )}
    </StepForm>
  );
}
