import { useRef, useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  removeLabel: (tag: string) => string;
  tags: string[];
  onChange: (tags: string[]) => void;
  /** As many tags, and as long, as the schema the tags are sent to accepts. */
  max: number;
  maxChars: number;
  /** What ends a tag while typing, e.g. `/[,，]/`. */
  separators: RegExp;
  listClass: string;
  describedBy: string;
  invalid?: boolean;
  /** Names what is still typed, for a submit that reads the form. */
  name?: string;
}

/**
 * Free tags: a separator or Enter adds what is typed, leaving the box too; each tag has a
 * remove button. The label, the list and the box; the owner wraps them with its hint.
 */
export function TagInput(props: Props) {
  const { id, label, removeLabel, tags, onChange, max, separators } = props;
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  function add(raw: string): void {
    const fresh = raw
      .split(separators)
      .map((t) => t.trim())
      .filter(Boolean);
    if (fresh.length) onChange([...new Set([...tags, ...fresh])].slice(0, max));
    setDraft('');
    // The draft may already be '' in state while the box still shows the comma.
    if (inputRef.current) inputRef.current.value = '';
  }

  return (
    <>
      <label for={id}>{label}</label>
      {tags.length > 0 && (
        <ul class={props.listClass} aria-label={label}>
          {tags.map((tag) => (
            <li key={tag}>
              {tag}
              <button
                type="button"
                aria-label={removeLabel(tag)}
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
        id={id}
        ref={inputRef}
        name={props.name}
        value={draft}
        maxLength={props.maxChars}
        autocomplete="off"
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
        onInput={(e) => {
          const value = e.currentTarget.value;
          if (separators.test(value)) add(value);
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
    </>
  );
}
