import type { ComponentChildren } from 'preact';

/** A checkbox announced as an on/off switch; Space toggles it like any checkbox. */
export function Switch({
  checked,
  onChange,
  children,
  describedBy,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  describedBy?: string;
}) {
  return (
    <label class="desk-switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="desk-switch-track" aria-hidden="true" />
      <span>{children}</span>
    </label>
  );
}
