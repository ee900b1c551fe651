import { useState } from 'preact/hooks';
import type { PageHelpView } from '../../protocol/page-help.ts';
import { saveNotices } from './api.ts';
import { EMPTY_NOTICE, noticeDraft, noticeInput, noticeState, type NoticeDraft } from './draft.ts';
import type { PageHelpTexts } from './i18n.ts';
import { ListForm } from './ListForm.tsx';
import { useSaver } from './useSaver.ts';

interface Props {
  tx: PageHelpTexts;
  view: PageHelpView;
}

/** 公告: the whole list edited here and saved together, naming the version it was loaded at. */
export function NoticesEditor({ tx, view }: Props) {
  const [drafts, setDrafts] = useState(() => view.notices.map(noticeDraft));
  const [version, setVersion] = useState(view.noticesVersion);
  const saver = useSaver(tx);
  const now = new Date();

  const change = (i: number, edit: Partial<NoticeDraft>) =>
    setDrafts((list) => list.map((d, j) => (j === i ? { ...d, ...edit } : d)));
  const loaded = (v: PageHelpView) => {
    setDrafts(v.notices.map(noticeDraft));
    setVersion(v.noticesVersion);
  };
  const field = (i: number, name: keyof NoticeDraft) => ({
    id: `notices-${i}-${name}`,
    'aria-invalid': saver.invalid === `notices-${i}-${name}`,
    value: drafts[i]?.[name] ?? '',
    onInput: (e: { currentTarget: { value: string } }) =>
      change(i, { [name]: e.currentTarget.value }),
  });

  return (
    <ListForm
      tx={tx}
      name="notices"
      title={tx.noticesTitle}
      intro={tx.noticesIntro}
      empty={drafts.length === 0 ? tx.noNotices : null}
      addLabel={tx.addNotice}
      saveLabel={tx.saveNotices}
      saver={saver}
      onAdd={() => setDrafts((list) => [...list, { ...EMPTY_NOTICE }])}
      onSave={() =>
        void saver.run(() => saveNotices({ version, notices: drafts.map(noticeInput) }), loaded)
      }
    >
      {drafts.map((d, i) => (
        <fieldset key={d.id ?? `new-${i}`} class="page-help-item">
          <legend>
            {tx.notice(i + 1)}{' '}
            <span class={`badge ${noticeState(d, now)}`}>{tx[noticeState(d, now)]}</span>
          </legend>
          <div class="page-help-grid">
            <div class="desk-field">
              <label for={`notices-${i}-zh`}>{tx.textZh}</label>
              <textarea rows={2} {...field(i, 'zh')} />
            </div>
            <div class="desk-field">
              <label for={`notices-${i}-en`}>{tx.textEn}</label>
              <textarea rows={2} {...field(i, 'en')} />
            </div>
            <div class="desk-field">
              <label for={`notices-${i}-link`}>{tx.link}</label>
              <input type="url" placeholder="https://" {...field(i, 'link')} />
            </div>
            <div class="desk-field">
              <label for={`notices-${i}-startsAt`}>{tx.startsAt}</label>
              <input type="datetime-local" {...field(i, 'startsAt')} />
            </div>
            <div class="desk-field">
              <label for={`notices-${i}-endsAt`}>{tx.endsAt}</label>
              <input type="datetime-local" {...field(i, 'endsAt')} />
            </div>
          </div>
          <button
            type="button"
            class="secondary"
            aria-label={tx.removeNotice(i + 1)}
            onClick={() => setDrafts((list) => list.filter((_, j) => j !== i))}
          >
            {tx.remove}
          </button>
        </fieldset>
      ))}
    </ListForm>
  );
}
