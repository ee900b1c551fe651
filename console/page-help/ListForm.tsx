import type { ComponentChildren } from 'preact';
import type { PageHelpTexts } from './i18n.ts';
import type { useSaver } from './useSaver.ts';

interface Props {
  tx: PageHelpTexts;
  /** The form's name: its heading's id is `${name}-title`. */
  name: string;
  title: string;
  intro: string;
  /** Shown while the list is empty. */
  empty: string | null;
  addLabel: string;
  saveLabel: string;
  saver: ReturnType<typeof useSaver>;
  onAdd: () => void;
  onSave: () => void;
  children: ComponentChildren;
}

/**
 * A list the admin edits and saves whole (the rules, the notices): heading, the items, what
 * the last save said, and the add and save buttons.
 */
export function ListForm(p: Props) {
  const { tx, saver } = p;
  return (
    <form
      class="desk-card page-help"
      aria-labelledby={`${p.name}-title`}
      aria-busy={saver.busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!saver.busy) p.onSave();
      }}
    >
      <h2 id={`${p.name}-title`}>{p.title}</h2>
      <p class="desk-muted">{p.intro}</p>
      {p.empty && <p class="desk-muted">{p.empty}</p>}
      {p.children}
      <p class="alert" role="alert">
        {saver.alert}
      </p>
      <div class="desk-save">
        <button type="button" class="secondary" onClick={p.onAdd}>
          {p.addLabel}
        </button>
        <button type="submit" class="primary" disabled={saver.busy}>
          {saver.busy ? tx.saving : p.saveLabel}
        </button>
        <p class="desk-notice" role="status">
          {saver.status}
        </p>
      </div>
    </form>
  );
}
