import { useState } from 'preact/hooks';
import { monthLabel } from './format.ts';
import type { ReportTexts } from './i18n.ts';
import { currentMonth, shiftMonth, validRange, type Period } from './period.ts';

interface Props {
  tx: ReportTexts;
  period: Period;
  onChoose: (period: Period) => void;
}

/** Month by month with the arrows, any month from the field, or a custom range of days. */
export function PeriodPicker({ tx, period, onChoose }: Props) {
  const month = 'month' in period ? period.month : null;
  const latest = currentMonth(new Date());
  const [from, setFrom] = useState('month' in period ? '' : period.from);
  const [to, setTo] = useState('month' in period ? '' : period.to);
  const [rangeError, setRangeError] = useState(false);
  const name = 'month' in period ? monthLabel(period.month, tx) : tx.range(period.from, period.to);

  function showRange(event: Event): void {
    event.preventDefault();
    const ok = validRange(from, to);
    setRangeError(!ok);
    if (ok) onChoose({ from, to });
  }

  return (
    <div class="report-picker" role="group" aria-label={tx.period}>
      <p class="report-period" aria-live="polite">
        {name}
      </p>
      <div class="report-picker-row">
        <button
          type="button"
          class="secondary"
          onClick={() => onChoose({ month: shiftMonth(month ?? latest, -1) })}
        >
          <span aria-hidden="true">←</span> {tx.prevMonth}
        </button>
        <label class="report-month">
          <span>{tx.month}</span>
          <input
            type="month"
            value={month ?? ''}
            max={latest}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (/^\d{4}-\d{2}$/.test(value)) onChoose({ month: value });
            }}
          />
        </label>
        <button
          type="button"
          class="secondary"
          disabled={month !== null && month >= latest}
          onClick={() => onChoose({ month: shiftMonth(month ?? latest, 1) })}
        >
          {tx.nextMonth} <span aria-hidden="true">→</span>
        </button>
      </div>
      <details class="report-range" open={month === null}>
        <summary>{tx.customRange}</summary>
        <form class="report-picker-row" onSubmit={showRange} noValidate>
          <label>
            <span>{tx.from}</span>
            <input
              type="date"
              value={from}
              aria-invalid={rangeError}
              aria-describedby={rangeError ? 'report-range-error' : undefined}
              onInput={(e) => setFrom(e.currentTarget.value)}
            />
          </label>
          <label>
            <span>{tx.to}</span>
            <input
              type="date"
              value={to}
              aria-invalid={rangeError}
              aria-describedby={rangeError ? 'report-range-error' : undefined}
              onInput={(e) => setTo(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary">
            {tx.show}
          </button>
        </form>
        {rangeError && (
          <p id="report-range-error" class="desk-field-error" role="alert">
            {tx.rangeInvalid}
          </p>
        )}
      </details>
    </div>
  );
}
