import type { Directory } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import { departmentName } from '../useDirectory.ts';
import { StepForm, type StepProps } from './StepForm.tsx';

/** 转派: another owner (or nobody, for the department to take), another department, or both. */
export function AssignForm(props: StepProps & { lang: Language; directory: Directory | null }) {
  const { tx, ticket, lang, directory } = props;
  const agents = directory?.agents ?? [];
  const departments = directory?.departments ?? [];
  // The owner stays choosable even when the directory no longer lists them (deactivated).
  const ownerMissing = ticket.ownerId !== null && !agents.some((a) => a.id === ticket.ownerId);
  const departmentMissing = !departments.some((d) => d.id === ticket.departmentId);
  return (
    <StepForm
      {...props}
      id="tk-assign"
      label={tx.stepForm(tx.steps.assign, ticket.ref)}
      submitLabel={tx.steps.assign}
      check={(data) => {
        const ownerId = String(data.get('ownerId') ?? '') || null;
        const departmentId = String(data.get('departmentId') ?? '');
        if (ownerId === ticket.ownerId && departmentId === ticket.departmentId) {
          return { ok: false, field: 'ownerId', message: tx.nothingChanged };
        }
        const note = String(data.get('note') ?? '').trim();
        return {
          ok: true,
          change: {
            kind: 'assign',
            input: { version: ticket.version, ownerId, departmentId, note: note || null },
          },
        };
      }}
    >
      {(invalid, errorId) => (
        <>
          <div class="desk-row">
            <div class="desk-field">
              <label for="tk-assign-owner">{tx.assignOwner}</label>
              <select
                id="tk-assign-owner"
                name="ownerId"
                aria-invalid={invalid === 'ownerId'}
                aria-describedby={invalid === 'ownerId' ? errorId : undefined}
              >
                <option value="" selected={ticket.ownerId === null}>
                  {tx.ownerNobody}
                </option>
                {ownerMissing && (
                  <option value={ticket.ownerId ?? ''} selected>
                    {ticket.ownerName ?? ticket.ownerId}
                  </option>
                )}
                {agents.map((a) => (
                  <option key={a.id} value={a.id} selected={a.id === ticket.ownerId}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="desk-field">
              <label for="tk-assign-department">{tx.department}</label>
              <select id="tk-assign-department" name="departmentId">
                {departmentMissing && (
                  <option value={ticket.departmentId} selected>
                    {ticket.departmentId}
                  </option>
                )}
                {departments.map((d) => (
                  <option key={d.id} value={d.id} selected={d.id === ticket.departmentId}>
                    {departmentName(d, lang)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div class="desk-field">
            <label for="tk-assign-note">{tx.assignNote}</label>
            <textarea id="tk-assign-note" name="note" rows={2} maxLength={500} />
          </div>
        </>
      )}
    </StepForm>
  );
}
