import { useRef, useState } from 'preact/hooks';
import type { Texts } from './i18n.ts';

/** As many tags, and as long, as the close schema accepts. */
const MAX_TAGS = 10;
const TAG_MAX_CHARS = 40;

interface Props {
  tx: Texts;
  tags: string[];
  onChange: (tags: string[]) => void;
}

/** Free tags: a comma (either width) or Enter adds what is typed; each tag has a remove button. */
export function TagInput({ tx, tags, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  function add(raw: string): void {
    const fresh = raw
      .split(/[,，]/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (fresh.length) onChange([...new Set([...tags, ...fresh])].slice(0, MAX_TAGS));
    setDraft('');
    // The draft may already be '' in state while the box still shows the comma.
    if (inputRef.current) inputRef.current.value = '';
  }

  return (
    <div class="field">
      <label for="close-tags">{tx.tags}</label>
      {tags.length > 0 && (
        <ul class="tags" aria-label={tx.tags}>
          {tags.map((tag) => (
            <li key={tag} class="chip tag">
              {tag}
              <button
                type="button"
                class="chip-remove"
                aria-label={tx.removeTag(tag)}
                onClick={() => {
                  onChange(tags.filter((t) => t !== tag));
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
        id="close-tags"
        ref={inputRef}
        name="tagDraft"
        value={draft}
        maxLength={TAG_MAX_CHARS}
        aria-describedby="close-tags-hint"
        onInput={(e) => {
          const value = e.currentTarget.value;
          if (/[,，]/.test(value)) add(value);
          else setDraft(value);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.isComposing) return;
          // Enter adds the tag here; it does not submit the form.
          e.preventDefault();
          add(draft);
        }}
        onBlur={() => add(draft)}
      />
      <p id="close-tags-hint" class="hint">
        {tx.tagsHint}
      </p>
    </div>
  );
}
