import { useId, useState } from 'preact/hooks';
import type { GapGroup } from '../../../protocol/gaps.ts';
import { fetchFaqList } from '../api.ts';
import type { KbTexts } from '../i18n.ts';
import { resolveGaps } from './api.ts';
import type { GapTexts } from './i18n.ts';
import type { Settled } from './settled.ts';

/** An entry the wordings can go to, with the version the admin saw. */
interface Target {
  id: string;
  question: string;
  version: number;
}

interface Props {
  tx: KbTexts;
  gx: GapTexts;
  group: GapGroup;
  /** The log ids of the wordings still ticked. */
  ids: string[];
  onSettled: (settled: Settled) => void;
  onCancel: () => void;
}

/** Picks the entry (the suggested one ticked already, or one found by searching) and adds the wordings to it. */
export function AttachPanel({ tx, gx, group, ids, onSettled, onCancel }: Props) {
  const id = useId();
  const [picked, setPicked] = useState<Target | null>(group.nearest);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Target[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function search(): Promise<void> {
    if (!query.trim()) return;
    setBusy(true);
    const res = await fetchFaqList({ q: query.trim(), pageSize: 8 });
    setBusy(false);
    if (!res.ok) return setProblem(tx.problems[res.problem]);
    setProblem('');
    setFound(res.data.entries.map(({ id, question, version }) => ({ id, question, version })));
  }

  async function attach(): Promise<void> {
    if (!picked) return setProblem(gx.pickEntry);
    if (ids.length === 0) return setProblem(gx.noneTicked);
    setBusy(true);
    const res = await resolveGaps({
      action: 'attach',
      ids,
      entryId: picked.id,
      version: picked.version,
    });
    setBusy(false);
    if (res.ok) {
      const { resolved, rebased, skipped } = res.data;
      const text = [
        gx.attached(picked.question, resolved),
        rebased ? gx.rebased : '',
        skipped.length ? gx.skipped(skipped.join(tx.listSeparator)) : '',
      ];
      return onSettled({ text: text.filter(Boolean).join(' '), entryId: picked.id });
    }
    if (res.problem === 'conflict') return onSettled({ text: gx.alreadyHandled });
    setProblem(res.problem === 'not_found' ? tx.gone : tx.problems[res.problem]);
  }

  const options = [
    ...(group.nearest ? [group.nearest] : []),
    ...(found ?? []).filter((t) => t.id !== group.nearest?.id),
  ];
  return (
    <form
      class="kb-gap-attach"
      aria-labelledby={`${id}-legend`}
      aria-busy={busy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void attach();
      }}
    >
      <fieldset class="kb-field">
        <legend id={`${id}-legend`}>{gx.attachLegend}</legend>
        <label for={`${id}-search`}>{gx.searchEntries}</label>
        <div class="kb-gap-search">
          <input
            id={`${id}-search`}
            value={query}
            maxLength={200}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter here searches; it does not add the wordings to whatever is ticked.
              if (e.key === 'Enter' && !e.isComposing) {
                e.preventDefault();
                void search();
              }
            }}
          />
          <button type="button" class="secondary" disabled={busy} onClick={() => void search()}>
            {busy ? gx.searching : gx.searchRun}
          </button>
        </div>
        {found?.length === 0 && <p class="kb-muted">{gx.noResults}</p>}
        <ul class="kb-gap-targets">
          {options.map((t) => (
            <li key={t.id}>
              <label>
                <input
                  type="radio"
                  name={`${id}-target`}
                  checked={picked?.id === t.id}
                  onChange={() => setPicked(t)}
                />
                {t.id === group.nearest?.id ? gx.nearest(t.question) : t.question}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="alert" role="alert">
        {problem}
      </p>
      <div class="kb-actions">
        <button type="submit" class="primary" disabled={busy}>
          {gx.attachConfirm}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
          {gx.cancel}
        </button>
      </div>
    </form>
  );
}
