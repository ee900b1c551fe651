interface Props<T extends string | number> {
  /** Names the group (aria-labelledby) and its radios (the `name` attribute). */
  id: string;
  label: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
}

/**
 * A labelled radiogroup of native radios: the browser gives the arrow keys, Tab stops once
 * on the group, and Space picks.
 */
export function Radios<T extends string | number>(props: Props<T>) {
  const { id, label, options, value, onChange } = props;
  return (
    <>
      <p id={id} class="card-title">
        {label}
      </p>
      <div role="radiogroup" aria-labelledby={id} class="radios">
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </>
  );
}
