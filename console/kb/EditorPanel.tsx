import { useState } from 'preact/hooks';
import type { FaqEntryAdmin, FaqEntryDetail, FaqRevision } from '../../protocol/faq-admin.ts';
import type { Language } from '../../protocol/language.ts';
import type { Failure } from '../rest.ts';
import { formatTime } from '../desk/format.ts';
import { AnswerPreview } from './AnswerPreview.tsx';
import {
  createFaqEntry,
  deleteFaqEntry,
  fetchFaqEntry,
  restoreFaqRevision,
  updateFaqEntry,
} from './api.ts';
import { ConflictNotice, type Conflict } from './ConflictNotice.tsx';
import { DeleteEntry } from './DeleteEntry.tsx';
import { changedFields, draftOf, emptyDraft, inputOf, missingField, saveProblem } from './draft.ts';
import { EntryForm, type FormProblem } from './EntryForm.tsx';
import { EntryStats } from './EntryStats.tsx';
import { HistoryList } from './HistoryList.tsx';
import type { KbTexts } from './i18n.ts';
import type { KbRoute } from './route.ts';

interface Props {
  tx: KbTexts;
  lang: Language;
  /** Null for a new entry. */
  initial: FaqEntryDetail | null;
  facets: { categories: string[]; departments: string[] };
  /** Leaves the editor for `to`, saying `text` there. */
  notify: (text: string, to: KbRoute) => void;
}

/** One entry being edited: save (naming the version edited), restore, delete; preview and history beside. */
export function EditorPanel({ tx, lang, initial, facets, notify }: Props) {
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(() => (initial ? draftOf(initial.entry) : emptyDraft(lang)));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [notice, setNotice] = useState('');

  function begin(): void {
    setBusy(true);
    setProblem(null);
    setNotice('');
  }

  function refused(failure: Failure): void {
    setProblem(
      failure.problem === 'not_found'
        ? { field: null, message: tx.gone }
        : saveProblem(tx, failure),
    );
  }

  /** The entry as the server saved it, with its history as it is now. */
  async function settle(entry: FaqEntryAdmin, message: string): Promise<void> {
    const fresh = await fetchFaqEntry(entry.id);
    setBase(fresh.ok ? fresh.data : { entry, revisions: base?.revisions ?? [] });
    setDraft(draftOf(entry));
    setConflict(null);
    setNotice(message);
  }

  async function save(): Promise<void> {
    const missing = missingField(draft);
    if (missing) return setProblem({ field: missing, message: tx.fieldInvalid[missing] });
    begin();
    const input = inputOf(draft);
    const res = base
      ? await updateFaqEntry(base.entry.id, input, base.entry.version)
      : await createFaqEntry(input);
    if (res.ok && !base) return notify(tx.created, { view: 'entry', id: res.data.id });
    if (res.ok) await settle(res.data, tx.saved);
    else if (res.problem === 'conflict') setConflict({ kind: 'refused' });
    else refused(res);
    setBusy(false);
  }

  /** Their version becomes the one a save replaces; the admin's text stays in the form. */
  async function loadTheirs(): Promise<void> {
    if (!base) return;
    begin();
    const res = await fetchFaqEntry(base.entry.id);
    setBusy(false);
    if (!res.ok) return refused(res);
    const { entry } = res.data;
    setBase(res.data);
    setConflict({
      kind: 'loaded',
      name: entry.updatedByName ?? tx.system,
      at: entry.updatedAt,
      differs: changedFields(draft, draftOf(entry)),
    });
  }

  function takeTheirs(): void {
    if (base) setDraft(draftOf(base.entry));
    setConflict(null);
  }

  async function restore(revision: FaqRevision): Promise<void> {
    if (!base) return;
    begin();
    const res = await restoreFaqRevision(base.entry.id, revision.id);
    if (res.ok) await settle(res.data, tx.restored(revision.version));
    else refused(res);
    setBusy(false);
  }

  async function remove(): Promise<void> {
    if (!base) return;
    begin();
    const res = await deleteFaqEntry(base.entry.id);
    // Already deleted by someone else is as deleted as can be.
    if (res.ok || res.problem === 'not_found') {
      return notify(tx.removed(base.entry.question), { view: 'list' });
    }
    refused(res);
    setBusy(false);
  }

  const entry = base?.entry;
  return (
    <div class="kb-editor-grid">
      <div class="kb-main">
        {entry && (
          <p class="kb-muted">
            {tx.lastSaved(
              entry.version,
              entry.updatedByName ?? tx.system,
              formatTime(entry.updatedAt, lang),
            )}
          </p>
        )}
        {conflict && (
          <ConflictNotice
            tx={tx}
            lang={lang}
            conflict={conflict}
            busy={busy}
            onReload={() => void loadTheirs()}
            onUseTheirs={takeTheirs}
          />
        )}
        <p class="desk-notice" role="status">
          {notice}
        </p>
        <EntryForm
          tx={tx}
          labelledBy="kb-editor-title"
          draft={draft}
          onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
          problem={problem}
          categories={facets.categories}
          departments={facets.departments}
          busy={busy}
          submitLabel={base ? tx.save : tx.create}
          onSubmit={() => void save()}
        >
          {base && <DeleteEntry tx={tx} disabled={busy} onRemove={remove} />}
        </EntryForm>
      </div>
      <div class="kb-side">
        <AnswerPreview tx={tx} lang={draft.lang ?? lang} answer={draft.answer} />
        {entry && <EntryStats tx={tx} stats={entry.stats} />}
        {base && (
          <HistoryList
            tx={tx}
            lang={lang}
            revisions={base.revisions}
            currentVersion={base.entry.version}
            busy={busy}
            onRestore={(r) => void restore(r)}
          />
        )}
      </div>
    </div>
  );
}
