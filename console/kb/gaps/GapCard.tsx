import { useId, useState } from 'preact/hooks';
import type { GapGroup, GapQuestion } from '../../../protocol/gaps.ts';
import type { Language } from '../../../protocol/language.ts';
import { formatTime } from '../../desk/format.ts';
import type { KbTexts } from '../i18n.ts';
import { resolveGaps } from './api.ts';
import { AttachPanel } from './AttachPanel.tsx';
import type { GapTexts } from './i18n.ts';
import type { Settled } from './settled.ts';

interface Props {
  tx: KbTexts;
  gx: GapTexts;
  lang: Language;
  group: GapGroup;
  /** Opens the entry editor, filled in from the wordings kept ticked. */
  onCreate: (kept: GapQuestion[]) => void;
  onSettled: (settled: Settled) => void;
}

/**
 * One group: how often and how lately it was asked, why it is here, its wordings (each can be
 * unticked, to leave a stray one out), and the three ways to settle it.
 */
export function GapCard({ tx, gx, lang, group, onCreate, onSettled }: Props) {
  const id = useId();
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [attaching, setAttaching] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const kept = group.questions.filter((q) => !unticked.has(q.text));
  const ids = kept.flatMap((q) => q.ids);

  function toggle(text: string): void {
    const next = new Set(unticked);
    if (!next.delete(text)) next.add(text);
    setUnticked(next);
    setProblem('');
  }

  async function dismiss(): Promise<void> {
    if (ids.length === 0) return setProblem(gx.noneTicked);
    setBusy(true);
    const res = await resolveGaps({ action: 'dismiss', ids });
    setBusy(false);
    if (res.ok) return onSettled({ text: gx.dismissed(res.data.resolved) });
    if (res.problem === 'conflict') return onSettled({ text: gx.alreadyHandled });
    setProblem(tx.problems[res.problem]);
  }

  return (
    <article class="kb-card kb-gap" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{group.representative}</h3>
      <p class="kb-gap-meta">
        <span>{gx.asked(group.count)}</span>
        <time dateTime={group.lastSeen}>{gx.lastSeen(formatTime(group.lastSeen, lang))}</time>
        {group.reasons.map((r) => (
          <span key={r} class={`kb-gap-reason kb-gap-${r}`}>
            {gx.reasons[r]}
          </span>
        ))}
      </p>
      <fieldset class="kb-field kb-gap-questions">
        <legend>{gx.questions}</legend>
        <ul>
          {group.questions.map((q) => (
            <li key={q.text}>
              <label>
                <input
                  type="checkbox"
                  checked={!unticked.has(q.text)}
                  disabled={busy}
                  onChange={() => toggle(q.text)}
                />
                <span class="kb-gap-text">{q.text}</span>
              </label>
              <span class="kb-muted">{gx.times(q.count)}</span>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="alert" role="alert">
        {problem}
      </p>
      {attaching ? (
        <AttachPanel
          tx={tx}
          gx={gx}
          group={group}
          ids={ids}
          onSettled={onSettled}
          onCancel={() => setAttaching(false)}
        />
      ) : (
        <div class="kb-actions">
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => (kept.length ? onCreate(kept) : setProblem(gx.noneTicked))}
          >
            {gx.newEntry}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={() => setAttaching(true)}
          >
            {gx.attach}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => void dismiss()}>
            {gx.dismiss}
          </button>
        </div>
      )}
    </article>
  );
}
