import { useState } from 'preact/hooks';
import type { DeskSettings } from '../../protocol/desk.ts';
import type { Language } from '../../protocol/language.ts';
import { TICKET_WORDS } from '../tickets/i18n-shared.ts';
import { saveSettings } from './api.ts';
import { HolidayList, HOLIDAY_ID } from './HolidayList.tsx';
import {
  fieldProblem,
  toDraft,
  toInput,
  type FieldProblem,
  type SettingsDraft,
} from './hours-draft.ts';
import type { DeskTexts } from './i18n.ts';
import { ReportTargets, reportInputId } from './ReportTargets.tsx';
import { RetentionSetting, RETENTION_MONTHS_ID } from './RetentionSetting.tsx';
import { Switch } from './Switch.tsx';
import { TicketDeadlines, ticketInputId } from './TicketDeadlines.tsx';
import { TimeZoneField, ZONE_NAME_ID } from './TimeZoneField.tsx';
import { periodInputId, WeeklyHours } from './WeeklyHours.tsx';

function focusField(problem: FieldProblem): void {
  const id =
    problem.field === 'zone'
      ? ZONE_NAME_ID
      : problem.field === 'holiday'
        ? HOLIDAY_ID
        : problem.field === 'report'
          ? reportInputId(problem.report)
          : problem.field === 'retention'
            ? RETENTION_MONTHS_ID
            : problem.field === 'tickets'
              ? ticketInputId(problem.ticket)
              : periodInputId(problem.periodKey, 'open');
  document.getElementById(id)?.focus();
}

/** The settings as one form, saved together; what the server saved comes back as the truth. */
export function SettingsForm({
  tx,
  lang,
  initial,
}: {
  tx: DeskTexts;
  lang: Language;
  initial: DeskSettings;
}) {
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(initial));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<{
    summary: string;
    field: FieldProblem | null;
    message: string | null;
  } | null>(null);

  function change(edit: (d: SettingsDraft) => SettingsDraft): void {
    setSaved(false);
    setDraft(edit);
  }

  async function save(): Promise<void> {
    setSaved(false);
    setError(null);
    setBusy(true);
    const { input, sent } = toInput(draft);
    const res = await saveSettings(input);
    setBusy(false);
    if (res.ok) {
      setDraft(toDraft(res.data));
      setSaved(true);
      return;
    }
    const field = res.problem === 'invalid_input' ? fieldProblem(res.detail, sent) : null;
    const messages = {
      zone: tx.zoneInvalid,
      holiday: tx.holidayInvalid,
      time: tx.timeInvalid,
      order: tx.periodInvalid,
      report: tx.reportInvalid,
      retention: tx.retentionInvalid,
      tickets: TICKET_WORDS[lang].settingsInvalid,
    };
    // The field says exactly what is wrong; the summary by the Save button says where to look.
    setError({ summary: tx.problems[res.problem], field, message: field && messages[field.field] });
    if (field) focusField(field);
  }

  const wrong = error?.field ?? null;
  const about = (field: FieldProblem['field']) =>
    wrong?.field === field ? (error?.message ?? null) : null;
  return (
    <form
      class="desk-settings"
      aria-labelledby="settings-title"
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void save();
      }}
    >
      <section class="desk-card" aria-labelledby="hours-title">
        <h2 id="hours-title">{tx.hoursTitle}</h2>
        <p class="desk-intro">{tx.hoursIntro}</p>
        <Switch
          checked={draft.enabled}
          describedBy={draft.enabled ? undefined : 'hours-off'}
          onChange={(enabled) => change((d) => ({ ...d, enabled }))}
        >
          {tx.hoursEnabled}
        </Switch>
        {!draft.enabled && (
          <p id="hours-off" class="desk-muted">
            {tx.hoursOffHint}
          </p>
        )}
        <TimeZoneField
          tx={tx}
          value={draft.timeZone}
          onChange={(timeZone) => change((d) => ({ ...d, timeZone }))}
          error={about('zone')}
        />
        <WeeklyHours
          tx={tx}
          days={draft.days}
          onChange={(day, value) => change((d) => ({ ...d, days: { ...d.days, [day]: value } }))}
          invalid={
            wrong?.field === 'time' || wrong?.field === 'order'
              ? { periodKey: wrong.periodKey, message: error?.message ?? '' }
              : null
          }
        />
        <HolidayList
          tx={tx}
          holidays={draft.holidays}
          onChange={(holidays) => change((d) => ({ ...d, holidays }))}
          serverError={about('holiday')}
        />
      </section>
      <section class="desk-card" aria-labelledby="handoff-title">
        <h2 id="handoff-title">{tx.handoffTitle}</h2>
        <Switch
          checked={draft.departmentPicker}
          onChange={(departmentPicker) => change((d) => ({ ...d, departmentPicker }))}
        >
          {tx.departmentPicker}
        </Switch>
      </section>
      <ReportTargets
        tx={tx}
        draft={draft.report}
        onChange={(report) => change((d) => ({ ...d, report }))}
        invalid={
          wrong?.field === 'report' ? { field: wrong.report, message: error?.message ?? '' } : null
        }
      />
      <RetentionSetting
        tx={tx}
        draft={draft.retention}
        onChange={(retention) => change((d) => ({ ...d, retention }))}
        error={about('retention')}
      />
      <TicketDeadlines
        lang={lang}
        draft={draft.tickets}
        onChange={(tickets) => change((d) => ({ ...d, tickets }))}
        invalid={
          wrong?.field === 'tickets' ? { field: wrong.ticket, message: error?.message ?? '' } : null
        }
      />
      <div class="desk-save">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? tx.saving : tx.saveSettings}
        </button>
        <p class="desk-notice" role="status">
          {saved ? tx.saved : ''}
        </p>
      </div>
      <p class="alert" role="alert">
        {error?.summary ?? ''}
      </p>
    </form>
  );
}
