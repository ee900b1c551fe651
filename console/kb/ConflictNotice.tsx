import type { Language } from '../../protocol/language.ts';
import { formatTime } from '../desk/format.ts';
import type { EntryField } from './draft.ts';
import type { KbTexts } from './i18n.ts';

/** A colleague saved first; then, once their version is loaded, where it differs from ours. */
export type Conflict =
  { kind: 'refused' } | { kind: 'loaded'; name: string; at: string; differs: EntryField[] };

interface Props {
  tx: KbTexts;
  lang: Language;
  conflict: Conflict;
  busy: boolean;
  onReload: () => void;
  onUseTheirs: () => void;
}

/** The admin's text is never thrown away without asking: reloading keeps it in the form. */
export function ConflictNotice({ tx, lang, conflict, busy, onReload, onUseTheirs }: Props) {
  if (conflict.kind === 'refused') {
    return (
      <div class="kb-conflict" role="alert">
        <p>{tx.conflict}</p>
        <button type="button" class="secondary" disabled={busy} onClick={onReload}>
          {tx.reloadKeep}
        </button>
      </div>
    );
  }
  const { differs } = conflict;
  return (
    <div class="kb-conflict" role="status">
      <p>{tx.theirVersion(conflict.name, formatTime(conflict.at, lang))}</p>
      <p>
        {differs.length === 0
          ? tx.sameAsTheirs
          : tx.theirDiff + differs.map((f) => tx.fields[f]).join(tx.listSeparator)}
      </p>
      {differs.length > 0 && (
        <button type="button" class="secondary" disabled={busy} onClick={onUseTheirs}>
          {tx.useTheirs}
        </button>
      )}
    </div>
  );
}
