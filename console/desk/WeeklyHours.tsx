import { useEffect, useRef } from 'preact/hooks';
import { newPeriod, WEEK, type DayDraft, type Weekday } from './hours-draft.ts';
import type { DeskTexts } from './i18n.ts';

interface Props {
  tx: DeskTexts;
  days: Record<Weekday, DayDraft>;
  onChange: (day: Weekday, draft: DayDraft) => void;
  /** The period the server refused, and why. */
  invalid: { periodKey: number; message: string } | null;
}

export const periodInputId = (key: number, end: 'open' | 'close') => `period-${key}-${end}`;
const addId = (day: Weekday) => `day-${day}-add`;

/** Monday to Sunday, each closed or open in one or more periods. */
export function WeeklyHours({ tx, days, onChange, invalid }: Props) {
  /** Focus follows an added period, or falls back to "add" when one is removed. */
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  function setClosed(day: Weekday, closed: boolean): void {
    const { periods } = days[day];
    // Opening a day with nothing kept from before starts from a typical office day.
    onChange(day, { closed, periods: !closed && periods.length === 0 ? [newPeriod()] : periods });
  }

  function add(day: Weekday): void {
    const period = newPeriod();
    focusNext.current = periodInputId(period.key, 'open');
    onChange(day, { closed: false, periods: [...days[day].periods, period] });
  }

  function remove(day: Weekday, key: number): void {
    const periods = days[day].periods.filter((p) => p.key !== key);
    focusNext.current = periods.length > 0 ? addId(day) : `day-${day}-closed`;
    onChange(day, { closed: periods.length === 0, periods });
  }

  function setTime(day: Weekday, key: number, end: 'open' | 'close', time: string): void {
    const periods = days[day].periods.map((p) => (p.key === key ? { ...p, [end]: time } : p));
    onChange(day, { ...days[day], periods });
  }

  return (
    <fieldset class="desk-week">
      <legend>{tx.weeklyTitle}</legend>
      {WEEK.map((day) => {
        const { closed, periods } = days[day];
        const weekday = tx.weekdays[day];
        const errorId = `day-${day}-error`;
        const refused = !closed && periods.some((p) => p.key === invalid?.periodKey);
        return (
          <div key={day} class="desk-day" role="group" aria-labelledby={`day-${day}-name`}>
            <span id={`day-${day}-name`} class="desk-day-name">
              {weekday}
            </span>
            <label class="desk-check">
              <input
                id={`day-${day}-closed`}
                type="checkbox"
                checked={closed}
                onChange={(e) => setClosed(day, e.currentTarget.checked)}
              />
              {tx.closedDay}
            </label>
            {!closed && (
              <div class="desk-periods">
                {periods.map((p, i) => {
                  const wrong = invalid?.periodKey === p.key;
                  const time = (end: 'open' | 'close') => (
                    <label class="desk-time">
                      {end === 'open' ? tx.opens : tx.closes}
                      <input
                        id={periodInputId(p.key, end)}
                        type="time"
                        value={p[end]}
                        required
                        aria-invalid={wrong}
                        aria-describedby={wrong ? errorId : undefined}
                        onInput={(e) => setTime(day, p.key, end, e.currentTarget.value)}
                      />
                    </label>
                  );
                  return (
                    <div
                      key={p.key}
                      class="desk-period"
                      role="group"
                      aria-label={tx.period(weekday, i + 1)}
                    >
                      {time('open')}
                      <span aria-hidden="true">–</span>
                      {time('close')}
                      <button type="button" class="link" onClick={() => remove(day, p.key)}>
                        {tx.removePeriod}
                      </button>
                    </div>
                  );
                })}
                {refused && (
                  <p id={errorId} class="desk-field-error">
                    {invalid?.message}
                  </p>
                )}
                <button id={addId(day)} type="button" class="link" onClick={() => add(day)}>
                  {tx.addPeriod}
                </button>
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
