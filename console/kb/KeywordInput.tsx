import { useRef, useState } from 'preact/hooks';
import type { KbTexts } from './i18n.ts';

/** As many keywords, and as long, as the entry schema accepts. */
const MAX_KEYWORDS = 50;
const KEYWORD_MAX_CHARS = 50;

interface Props {
  tx: KbTexts;
  id: string;
  keywords: string[];
  onChange: (keywords: string[]) => void;
  invalid: boolean;
  describedBy: string;
}

/** Keywords as tags: Enter or a comma (either width) adds what is typed; leaving the box too. */
export function KeywordInput({ tx, id, keywords, onChange, invalid, describedBy }: Props) {
  const [typed, setTyped] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  function add(raw: string): void {
    const fresh = raw
      .split(/[,，、]/)
      .map((k) => k.trim())
      .filter(Boolean);
    if (fresh.length) onChange([...new Set([...keywords, ...fresh])].slice(0, MAX_KEYWORDS));
    setTyped('');
    // The state may already be '' while the box still shows the comma.
    if (inputRef.current) inputRef.current.value = '';
  }

  return (
    <div class="kb-field">
      <label for={id}>{tx.keywords}</label>
      {keywords.length > 0 && (
        <ul class="kb-tags" aria-label={tx.keywords}>
          {keywords.map((k) => (
            <li key={k}>
              {k}
              <button
                type="button"
                aria-label={tx.removeKeyword(k)}
                onClick={() => {
                  onChange(keywords.filter((other) => other !== k));
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        ref={inputRef}
        value={typed}
        maxLength={KEYWORD_MAX_CHARS}
        autocomplete="off"
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={(e) => {
          const value = e.currentTarget.value;
          if (/[,，、]/.test(value)) add(value);
          else setTyped(value);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.isComposing) return;
          // Enter adds the keyword here; it does not save the form.
          e.preventDefault();
          add(typed);
        }}
        onBlur={() => add(typed)}
      />
    </div>
  );
}
