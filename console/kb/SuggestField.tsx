interface SuggestProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  options: string[];
  max: number;
  invalid: boolean;
  describedBy: string | undefined;
  onInput: (value: string) => void;
}

/** One line of free text, with the values already in use offered as a list (a combobox). */
export function SuggestField({
  id,
  label,
  hint,
  value,
  options,
  max,
  invalid,
  ...rest
}: SuggestProps) {
  const hintId = `${id}-hint`;
  return (
    <div class="kb-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        list={`${id}-list`}
        value={value}
        maxLength={max}
        autocomplete="off"
        aria-invalid={invalid}
        aria-describedby={[rest.describedBy, hintId].filter(Boolean).join(' ')}
        onInput={(e) => rest.onInput(e.currentTarget.value)}
      />
      <datalist id={`${id}-list`}>
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <small id={hintId} class="kb-hint">
        {hint}
      </small>
    </div>
  );
}
