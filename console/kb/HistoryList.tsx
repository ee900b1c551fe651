import type { FaqRevision } from '../../protocol/faq-admin.ts';
import type { Language } from '../../protocol/language.ts';
import { formatTime } from '../desk/format.ts';
import { changedFields, draftOf } from './draft.ts';
import type { KbTexts } from './i18n.ts';

interface Props {
  tx: KbTexts;
  lang: Language;
  /** Newest first, as the server sends them. */
  revisions: FaqRevision[];
  currentVersion: number;
  busy: boolean;
  onRestore: (revision: FaqRevision) => void;
}

/** What each revision changed compared with the one before it, in field names. */
function changes(tx: KbTexts, revision: FaqRevision, before: FaqRevision | undefined): string {
  if (!before) return revision.action === 'created' ? tx.firstVersion : '';
  const fields = changedFields(draftOf(before.entry), draftOf(revision.entry));
  if (fields.length === 0) return tx.noFieldChanged;
  return tx.changed + fields.map((f) => tx.fields[f]).join(tx.listSeparator);
}

/** Who changed the entry, when, how and what; any older version can be restored. */
export function HistoryList({ tx, lang, revisions, currentVersion, busy, onRestore }: Props) {
  return (
    <section class="kb-card" aria-labelledby="kb-history-title">
      <h3 id="kb-history-title">{tx.history}</h3>
      {revisions.length === 0 ? (
        <p class="kb-muted">{tx.noHistory}</p>
      ) : (
        <ol class="kb-history">
          {revisions.map((r, i) => (
            <li key={r.id}>
              <p class="kb-rev-head">
                <strong>{tx.revision(r.version)}</strong>
                <span>{tx.actions[r.action]}</span>
                <span>{r.agentName ?? tx.system}</span>
                <time dateTime={r.at}>{formatTime(r.at, lang)}</time>
              </p>
              <p class="kb-rev-changes">{changes(tx, r, revisions[i + 1])}</p>
              {r.version === currentVersion && r.action !== 'deleted' ? (
                <p class="kb-muted">{tx.current}</p>
              ) : (
                <button
                  type="button"
                  class="secondary"
                  disabled={busy}
                  aria-label={tx.restoreVersion(r.version)}
                  onClick={() => onRestore(r)}
                >
                  {tx.restore}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
