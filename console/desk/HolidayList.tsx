import { useRef, useState } from 'preact/hooks';
import type { DeskTexts } from './i18n.ts';

interface Props {
  tx: DeskTexts;
  holidays: string[];
  onChange: (holidays: string[]) => void;
  /** Why the server refused a holiday. */
  serverError: string | null;
}

export const HOLIDAY_ID = 'settings-holiday';

/** Whole days off, `YYYY-MM-DD` in the desk's time zone, kept sorted. */
export function HolidayList({ tx, holidays, onChange, serverError }: Props) {
  const [pending, setPending] = useState('');
  const [error, setError] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  function add(): void {
    // A half-typed date reads as '' from a date input.
    if (!pending) {
      setError(tx.holidayInvalid);
      inputRef.current?.focus();
      return;
    }
    setError('');
    onChange([...new Set([...holidays, pending])].sort());
    setPending('');
    inputRef.current?.focus();
  }

  const message = error || serverError || '';
  return (
    <fieldset class="desk-holidays">
      <legend>{tx.holidaysTitle}</legend>
      <div class="desk-row">
        <label for={HOLIDAY_ID}>{tx.holidayDate}</label>
        <input
          id={HOLIDAY_ID}
          ref={inputRef}
          type="date"
          value={pending}
          aria-invalid={message !== ''}
          aria-describedby={message ? `${HOLIDAY_ID}-error` : undefined}
          onInput={(e) => setPending(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter adds the date here rather than saving the whole form.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" class="secondary" onClick={add}>
          {tx.addHoliday}
        </button>
      </div>
      <p id={`${HOLIDAY_ID}-error`} class="alert" role="alert">
        {message}
      </p>
      {holidays.length === 0 ? (
        <p class="desk-muted">{tx.noHolidays}</p>
      ) : (
        <ul class="desk-holiday-list">
          {holidays.map((day) => (
            <li key={day}>
              <time dateTime={day}>{day}</time>
              <button
                type="button"
                class="link"
                onClick={() => {
                  onChange(holidays.filter((d) => d !== day));
                  inputRef.current?.focus();
                }}
              >
                {tx.remove}
                <span class="sr"> {day}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
