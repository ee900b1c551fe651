import type { FaqEntryStatus } from '../../protocol/faq-admin.ts';
import { LANGUAGES } from '../../protocol/language.ts';
import type { EntryDraft, EntryField } from './draft.ts';
import type { KbTexts } from './i18n.ts';

const STATUSES: readonly FaqEntryStatus[] = ['published', 'draft'];

interface Props {
  tx: KbTexts;
  idOf: (field: EntryField) => string;
  draft: EntryDraft;
  onChange: (change: Partial<EntryDraft>) => void;
}

/** Whether the bot answers with the entry, and for which visitors' language it is written. */
export function PublishFields({ tx, idOf, draft, onChange }: Props) {
  return (
    <div class="kb-row">
      <fieldset class="kb-field kb-choices">
        <legend>{tx.status}</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={idOf('status')}
              id={s === STATUSES[0] ? idOf('status') : undefined}
              checked={draft.status === s}
              onChange={() => onChange({ status: s })}
            />
            {tx.statuses[s]}
          </label>
        ))}
      </fieldset>
      <div class="kb-field">
        <label for={idOf('lang')}>{tx.lang}</label>
        <select
          id={idOf('lang')}
          value={draft.lang ?? ''}
          onChange={(e) => {
            const lang = LANGUAGES.find((l) => l === e.currentTarget.value) ?? null;
            onChange({ lang });
          }}
        >
          <option value="">{tx.anyLanguage}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {tx.languages[l]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
