import type { DeskTexts } from './i18n.ts';
import type { ReportDraft, ReportField } from './hours-draft.ts';

export const reportInputId = (field: ReportField) => `settings-report-${field}`;

const LIMITS: Record<ReportField, { min: number; max: number; step: number }> = {
  pickUpSeconds: { min: 1, max: 600, step: 1 },
  pickUpTarget: { min: 0, max: 100, step: 0.1 },
  satisfactionTarget: { min: 0, max: 100, step: 0.1 },
};

const FIELDS: readonly ReportField[] = ['pickUpSeconds', 'pickUpTarget', 'satisfactionTarget'];

/** The monthly report's threshold and targets; the targets are typed as percents. */
export function ReportTargets({
  tx,
  draft,
  onChange,
  invalid,
}: {
  tx: DeskTexts;
  draft: ReportDraft;
  onChange: (draft: ReportDraft) => void;
  invalid: { field: ReportField; message: string } | null;
}) {
  const labels: Record<ReportField, string> = {
    pickUpSeconds: tx.reportPickUpSeconds,
    pickUpTarget: tx.reportPickUpTarget,
    satisfactionTarget: tx.reportSatisfactionTarget,
  };
  return (
    <section class="desk-card" aria-labelledby="report-title">
      <h2 id="report-title">{tx.reportTitle}</h2>
      <p class="desk-intro">{tx.reportIntro}</p>
      {FIELDS.map((field) => {
        const id = reportInputId(field);
        const wrong = invalid?.field === field;
        return (
          <div class="desk-field" key={field}>
            <label for={id}>{labels[field]}</label>
            <input
              id={id}
              type="number"
              inputMode="decimal"
              {...LIMITS[field]}
              value={draft[field]}
              aria-invalid={wrong}
              aria-describedby={wrong ? `${id}-error` : undefined}
              onInput={(e) => onChange({ ...draft, [field]: e.currentTarget.value })}
            />
            {wrong && (
              <p id={`${id}-error`} class="desk-field-error">
                {invalid.message}
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
