import type { Language } from '../../protocol/language.ts';
import { TICKET_TYPES } from '../../protocol/tickets.ts';
import { TICKET_WORDS } from '../tickets/i18n-shared.ts';
import type { TicketDraft, TicketField } from './ticket-draft.ts';

export const ticketInputId = (field: TicketField) => `settings-ticket-${field}`;

/** Per type of 工单: hours from creation to due, and whether closing waits for a 回访. */
export function TicketDeadlines({
  lang,
  draft,
  onChange,
  invalid,
}: {
  lang: Language;
  draft: TicketDraft;
  onChange: (draft: TicketDraft) => void;
  invalid: { field: TicketField; message: string } | null;
}) {
  const words = TICKET_WORDS[lang];
  const error = (field: TicketField) =>
    invalid?.field === field
      ? { 'aria-invalid': true, 'aria-describedby': 'settings-ticket-error' }
      : {};
  const soonId = ticketInputId('dueSoonHours');
  return (
    <section class="desk-card" aria-labelledby="tickets-title">
      <h2 id="tickets-title">{words.settingsTitle}</h2>
      <p class="desk-intro">{words.settingsIntro}</p>
      <table class="desk-table settings-tickets">
        <thead>
          <tr>
            <th scope="col">{words.colType}</th>
            <th scope="col" id="settings-ticket-hours">
              {words.deadlineHours}
            </th>
            <th scope="col" id="settings-ticket-follow-up">
              {words.followUpRequired}
            </th>
          </tr>
        </thead>
        <tbody>
          {TICKET_TYPES.map((type) => (
            <tr key={type}>
              <th scope="row" id={`settings-ticket-${type}-name`}>
                {words.types[type]}
              </th>
              <td>
                <input
                  id={ticketInputId(type)}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={8760}
                  step={1}
                  value={draft.deadlineHours[type]}
                  aria-labelledby={`settings-ticket-${type}-name settings-ticket-hours`}
                  {...error(type)}
                  onInput={(e) =>
                    onChange({
                      ...draft,
                      deadlineHours: { ...draft.deadlineHours, [type]: e.currentTarget.value },
                    })
                  }
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  checked={draft.followUpRequired[type]}
                  aria-labelledby={`settings-ticket-${type}-name settings-ticket-follow-up`}
                  onChange={(e) =>
                    onChange({
                      ...draft,
                      followUpRequired: {
                        ...draft.followUpRequired,
                        [type]: e.currentTarget.checked,
                      },
                    })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="desk-field">
        <label for={soonId}>{words.dueSoonHours}</label>
        <input
          id={soonId}
          type="number"
          inputMode="numeric"
          min={1}
          max={720}
          step={1}
          value={draft.dueSoonHours}
          {...error('dueSoonHours')}
          onInput={(e) => onChange({ ...draft, dueSoonHours: e.currentTarget.value })}
        />
      </div>
      {invalid && (
        <p id="settings-ticket-error" class="desk-field-error">
          {invalid.message}
        </p>
      )}
    </section>
  );
}
