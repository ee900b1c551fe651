import { useRef, useState } from 'preact/hooks';
import type { GapGroup, GapList, GapQuestion } from '../../../protocol/gaps.ts';
import type { Language } from '../../../protocol/language.ts';
import { DESK_TEXTS } from '../../desk/i18n.ts';
import { LoadState } from '../../desk/LoadState.tsx';
import { useResource } from '../../desk/useResource.ts';
import type { KbTexts } from '../i18n.ts';
import { Pager } from '../Pager.tsx';
import { hrefOf } from '../route.ts';
import { useFocusIfLost } from '../useFocusIfLost.ts';
import { fetchGaps } from './api.ts';
import { GapCard } from './GapCard.tsx';
import { GapEntryEditor } from './GapEntryEditor.tsx';
import { GAP_TEXTS } from './i18n.ts';
import type { Settled } from './settled.ts';
import './gaps.css';

const PAGE_SIZE = 20;

/** A group's first log id: stays the same while the group does, across reloads. */
const keyOf = (g: GapGroup) => g.questions[0]?.ids[0] ?? g.representative;

/** 知识缺口: the questions the bot did not settle, grouped, each group settled in one step. */
export function GapsView({ tx, lang }: { tx: KbTexts; lang: Language }) {
  const gx = GAP_TEXTS[lang];
  const [page, setPage] = useState(1);
  const list = useResource(() => fetchGaps(page, PAGE_SIZE), String(page));
  const [editing, setEditing] = useState<{ group: GapGroup; kept: GapQuestion[] } | null>(null);
  const [settled, setSettled] = useState<Settled | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusIfLost(heading);

  function done(result: Settled): void {
    setSettled(result);
    setEditing(null);
    list.reload();
    heading.current?.focus();
  }

  if (editing) {
    return (
      <GapEntryEditor
        tx={tx}
        gx={gx}
        lang={lang}
        group={editing.group}
        kept={editing.kept}
        onSettled={done}
        onCancel={() => setEditing(null)}
      />
    );
  }
  const state = list.state;
  return (
    <section class="kb-gaps" aria-labelledby="kb-gaps-title">
      <h2 id="kb-gaps-title" ref={heading} tabIndex={-1}>
        {tx.tabGaps}
      </h2>
      <p class="kb-muted">{gx.intro}</p>
      <p class="desk-notice" role="status">
        {settled?.text}
        {settled?.entryId && (
          <>
            {' '}
            <a href={hrefOf({ view: 'entry', id: settled.entryId })}>{gx.openEntry}</a>
          </>
        )}
      </p>
      {state.kind !== 'ready' ? (
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={list.reload} />
      ) : (
        <Groups
          tx={tx}
          lang={lang}
          data={state.data}
          page={page}
          onPage={setPage}
          onCreate={(group, kept) => setEditing({ group, kept })}
          onSettled={done}
        />
      )}
    </section>
  );
}

interface GroupsProps {
  tx: KbTexts;
  lang: Language;
  data: GapList;
  page: number;
  onPage: (page: number) => void;
  onCreate: (group: GapGroup, kept: GapQuestion[]) => void;
  onSettled: (settled: Settled) => void;
}

function Groups({ tx, lang, data, page, onPage, onCreate, onSettled }: GroupsProps) {
  const gx = GAP_TEXTS[lang];
  if (data.total === 0) return <p class="kb-muted">{gx.empty}</p>;
  return (
    <>
      <p class="kb-muted">{gx.summary(data.total, data.open)}</p>
      {data.grouped < data.open && <p class="kb-muted">{gx.partly(data.grouped)}</p>}
      {data.groups.map((group) => (
        <GapCard
          key={keyOf(group)}
          tx={tx}
          gx={gx}
          lang={lang}
          group={group}
          onCreate={(kept) => onCreate(group, kept)}
          onSettled={onSettled}
        />
      ))}
      <Pager tx={tx} page={page} pages={Math.ceil(data.total / PAGE_SIZE)} onPage={onPage} />
    </>
  );
}
