import type { RuleDraft } from './draft.ts';
import type { PageHelpTexts } from './i18n.ts';

interface Props {
  tx: PageHelpTexts;
  /** `rules-0`: every box's id starts with it, as the save's refusals name them. */
  prefix: string;
  draft: RuleDraft;
  invalid: string | null;
  onChange: (edit: Partial<RuleDraft>) => void;
}

type TextField = 'pattern' | 'greetingZh' | 'greetingEn' | 'bubbleZh' | 'bubbleEn' | 'afterSeconds';

/** A rule's pattern, greetings, bubble and opening by itself. */
export function RuleFields({ tx, prefix, draft, invalid, onChange }: Props) {
  const box = (name: TextField, label: string, numeric = false) => (
    <div class="desk-field">
      <label for={`${prefix}-${name}`}>{label}</label>
      <input
        id={`${prefix}-${name}`}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        aria-invalid={invalid === `${prefix}-${name}`}
        value={draft[name]}
        onInput={(e) => onChange({ [name]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <div class="page-help-grid">
      {box('pattern', tx.pattern)}
      {box('greetingZh', tx.greetingZh)}
      {box('greetingEn', tx.greetingEn)}
      <label class="page-help-check">
        <input
          type="checkbox"
          checked={draft.bubble}
          onChange={(e) => onChange({ bubble: e.currentTarget.checked })}
        />
        {tx.bubble}
      </label>
      {draft.bubble && (
        <>
          {box('bubbleZh', tx.bubbleZh)}
          {box('bubbleEn', tx.bubbleEn)}
          {box('afterSeconds', tx.bubbleAfter, true)}
        </>
      )}
      <label class="page-help-check">
        <input
          type="checkbox"
          checked={draft.open}
          onChange={(e) => onChange({ open: e.currentTarget.checked })}
        />
        {tx.open}
      </label>
    </div>
  );
}
