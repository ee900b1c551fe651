import { useState } from 'preact/hooks';
import type { DeskTexts } from './i18n.ts';

/** The zones most shops using Kefu sit in; anything else goes in the text field. */
const COMMON_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'UTC',
];
/** Not an IANA name: those have a slash, or are UTC. */
const OTHER = 'other';

export const ZONE_ID = 'settings-zone';
export const ZONE_NAME_ID = 'settings-zone-name';

interface Props {
  tx: DeskTexts;
  value: string;
  onChange: (zone: string) => void;
  /** Why the server refused the zone, shown under the name field. */
  error: string | null;
}

const ERROR_ID = 'settings-zone-error';

export function TimeZoneField({ tx, value, onChange, error }: Props) {
  const [custom, setCustom] = useState(!COMMON_ZONES.includes(value));
  return (
    <div class="desk-field">
      <label for={ZONE_ID}>{tx.timeZone}</label>
      <select
        id={ZONE_ID}
        value={custom ? OTHER : value}
        onChange={(e) => {
          const zone = e.currentTarget.value;
          setCustom(zone === OTHER);
          // The text field starts from the zone chosen so far, to edit rather than retype.
          if (zone !== OTHER) onChange(zone);
        }}
      >
        {COMMON_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
        <option value={OTHER}>{tx.otherZone}</option>
      </select>
      {custom && (
        <>
          <label for={ZONE_NAME_ID}>{tx.zoneName}</label>
          <input
            id={ZONE_NAME_ID}
            value={value}
            maxLength={64}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={error !== null}
            aria-describedby={error ? ERROR_ID : undefined}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
          {error && (
            <p id={ERROR_ID} class="desk-field-error">
              {error}
            </p>
          )}
        </>
      )}
    </div>
  );
}
