import { useLayoutEffect, useRef } from 'preact/hooks';
import type { KbTexts } from './i18n.ts';

interface Props {
  tx: KbTexts;
  id: string;
  lines: string[];
  onChange: (lines: string[]) => void;
  invalid: boolean;
  describedBy: string;
}

/**
 * 相似问法 as an editable list: Enter adds a line below (and moves there), Backspace in an
 * empty line removes it (and moves up); each line also has its own remove button.
 */
export function SimilarList({ tx, id, lines, onChange, invalid, describedBy }: Props) {
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  /** The line to focus once the next render is on screen. */
  const focusAt = useRef<number | null>(null);

  // Before the next keystroke: typing on after Enter must land in the new line.
  useLayoutEffect(() => {
    if (focusAt.current === null) return;
    inputs.current[focusAt.current]?.focus();
    focusAt.current = null;
  });

  function insertAfter(i: number): void {
    onChange([...lines.slice(0, i + 1), '', ...lines.slice(i + 1)]);
    focusAt.current = i + 1;
  }

  function remove(i: number): void {
    const rest = lines.filter((_, at) => at !== i);
    onChange(rest.length ? rest : ['']);
    focusAt.current = Math.max(0, i - 1);
  }

  return (
    <fieldset class="kb-field kb-lines" aria-describedby={describedBy}>
      <legend>{tx.similar}</legend>
      <ol>
        {lines.map((line, i) => (
          <li key={i}>
            <input
              id={i === 0 ? id : undefined}
              ref={(el) => {
                inputs.current[i] = el;
              }}
              value={line}
              maxLength={300}
              aria-label={tx.similarItem(i + 1)}
              aria-invalid={invalid}
              onInput={(e) =>
                onChange(lines.map((l, at) => (at === i ? e.currentTarget.value : l)))
              }
              onKeyDown={(e) => {
                if (e.isComposing) return;
                if (e.key === 'Enter') {
                  // Enter adds a line here; it does not save the form.
                  e.preventDefault();
                  insertAfter(i);
                } else if (e.key === 'Backspace' && line === '' && lines.length > 1) {
                  e.preventDefault();
                  remove(i);
                }
              }}
            />
            <button
              type="button"
              class="kb-icon"
              aria-label={tx.removeSimilar(i + 1)}
              onClick={() => remove(i)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="link" onClick={() => insertAfter(lines.length - 1)}>
        {tx.addSimilar}
      </button>
    </fieldset>
  );
}
