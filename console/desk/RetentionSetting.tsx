import type { RetentionDraft } from './hours-draft.ts';
import type { DeskTexts } from './i18n.ts';
import { Switch } from './Switch.tsx';

export const RETENTION_MONTHS_ID = 'settings-retention-months';

/** How long transcripts are kept: off (for ever) by default, else 1–120 months. */
export function RetentionSetting({
  tx,
  draft,
  onChange,
  error,
}: {
  tx: DeskTexts;
  draft: RetentionDraft;
  onChange: (draft: RetentionDraft) => void;
  error: string | null;
}) {
  const errorId = `${RETENTION_MONTHS_ID}-error`;
  return (
    <section class="desk-card" aria-labelledby="retention-title">
      <h2 id="retention-title">{tx.retentionTitle}</h2>
      <p class="desk-intro">{tx.retentionIntro}</p>
      <Switch
        checked={draft.enabled}
        describedBy={draft.enabled ? undefined : 'retention-off'}
        onChange={(enabled) => onChange({ ...draft, enabled })}
      >
        {tx.retentionEnabled}
      </Switch>
      {!draft.enabled && (
        <p id="retention-off" class="desk-muted">
          {tx.retentionOffHint}
        </p>
      )}
      <div class="desk-field">
        <label for={RETENTION_MONTHS_ID}>{tx.retentionMonths}</label>
        <input
          id={RETENTION_MONTHS_ID}
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          step={1}
          value={draft.months}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : undefined}
          onInput={(e) => onChange({ ...draft, months: e.currentTarget.value })}
        />
        {error !== null && (
          <p id={errorId} class="desk-field-error">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
