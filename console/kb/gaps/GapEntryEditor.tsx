import { useRef, useState } from 'preact/hooks';
import type { GapGroup, GapQuestion } from '../../../protocol/gaps.ts';
import type { Language } from '../../../protocol/language.ts';
import { useResource } from '../../desk/useResource.ts';
import { AnswerPreview } from '../AnswerPreview.tsx';
import { createFaqEntry, fetchFaqList } from '../api.ts';
import { inputOf, missingField, saveProblem } from '../draft.ts';
import { EntryForm, type FormProblem } from '../EntryForm.tsx';
import type { KbTexts } from '../i18n.ts';
import { useFocusIfLost } from '../useFocusIfLost.ts';
import { resolveGaps } from './api.ts';
import { draftFromGroup } from './gap-draft.ts';
import type { GapTexts } from './i18n.ts';
import type { Settled } from './settled.ts';
import '../editor.css';

interface Props {
  tx: KbTexts;
  gx: GapTexts;
  lang: Language;
  group: GapGroup;
  /** The wordings the admin kept ticked: they fill the form, and they are what gets settled. */
  kept: GapQuestion[];
  onSettled: (settled: Settled) => void;
  onCancel: () => void;
}

/** The knowledge base's own entry form, filled in from a group; creating it settles the group. */
export function GapEntryEditor({ tx, gx, lang, group, kept, onSettled, onCancel }: Props) {
  const [draft, setDraft] = useState(() => draftFromGroup(group, kept));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  /** A colleague settled the group first: the admin's entry is still unsaved, and can be created on its own. */
  const [orphan, setOrphan] = useState(false);
  const facets = useResource(() => fetchFaqList({ pageSize: 1 }), 'facets');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusIfLost(heading);

  async function save(): Promise<void> {
    const missing = missingField(draft);
    if (missing) return setProblem({ field: missing, message: tx.fieldInvalid[missing] });
    setBusy(true);
    setProblem(null);
    if (orphan) {
      const res = await createFaqEntry(inputOf(draft));
      setBusy(false);
      if (res.ok) return onSettled({ text: tx.created, entryId: res.data.id });
      return setProblem(saveProblem(tx, res));
    }
    const ids = kept.flatMap((q) => q.ids);
    const res = await resolveGaps({ action: 'create', ids, entry: inputOf(draft) });
    setBusy(false);
    if (res.ok && res.data.entry) {
      const { entry, resolved } = res.data;
      return onSettled({ text: gx.created(entry.question, resolved), entryId: entry.id });
    }
    if (res.ok) return;
    if (res.problem === 'conflict') {
      setOrphan(true);
      return setProblem({ field: null, message: gx.settledMeanwhile });
    }
    // The entry's fields sit under `entry` in this request: "entry.answer: …".
    setProblem(saveProblem(tx, { ...res, detail: res.detail.replace(/^entry\./, '') }));
  }

  const { categories, departments } =
    facets.state.kind === 'ready' ? facets.state.data : { categories: [], departments: [] };
  return (
    <section class="kb-editor" aria-labelledby="kb-gap-editor-title">
      <p class="kb-back">
        <button type="button" class="link" onClick={onCancel}>
          {gx.back}
        </button>
      </p>
      <h2 id="kb-gap-editor-title" ref={heading} tabIndex={-1}>
        {gx.editorTitle}
      </h2>
      <p class="kb-muted">{gx.editorIntro}</p>
      <div class="kb-editor-grid">
        <div class="kb-main">
          <EntryForm
            tx={tx}
            labelledBy="kb-gap-editor-title"
            draft={draft}
            onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
            problem={problem}
            categories={categories}
            departments={departments}
            busy={busy}
            submitLabel={orphan ? gx.createAnyway : gx.createAndResolve}
            onSubmit={() => void save()}
          />
        </div>
        <div class="kb-side">
          <AnswerPreview tx={tx} lang={draft.lang ?? lang} answer={draft.answer} />
        </div>
      </div>
    </section>
  );
}
