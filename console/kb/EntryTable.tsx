import type { FaqEntryAdmin } from '../../protocol/faq-admin.ts';
import type { Language } from '../../protocol/language.ts';
import { formatTime } from '../desk/format.ts';
import type { KbTexts } from './i18n.ts';
import { hrefOf } from './route.ts';

interface Props {
  tx: KbTexts;
  lang: Language;
  entries: FaqEntryAdmin[];
  busy: boolean;
}

/** One row per entry, with how it has done; the question links to the editor. */
export function EntryTable({ tx, lang, entries, busy }: Props) {
  return (
    <div class="desk-panel">
      <table class="desk-table kb-table" aria-busy={busy}>
        <caption class="sr">{tx.entries}</caption>
        <thead>
          <tr>
            <th scope="col">{tx.question}</th>
            <th scope="col">{tx.category}</th>
            <th scope="col">{tx.department}</th>
            <th scope="col">{tx.status}</th>
            <th scope="col" class="kb-num">
              {tx.colHits}
            </th>
            <th scope="col" class="kb-num">
              {tx.colVotes}
            </th>
            <th scope="col" class="kb-num">
              {tx.colHandoffs}
            </th>
            <th scope="col">{tx.colUpdated}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <a href={hrefOf({ view: 'entry', id: e.id })}>{e.question}</a>
              </th>
              <td>{e.category ?? tx.none}</td>
              <td>{e.department ?? tx.none}</td>
              <td>
                <span class={`kb-status kb-${e.status}`}>{tx.statuses[e.status]}</span>
              </td>
              <td class="kb-num">{e.stats.hits}</td>
              <td class="kb-num">
                <span aria-hidden="true">
                  {e.stats.helpful} / {e.stats.unhelpful}
                </span>
                <span class="sr">{tx.votes(e.stats.helpful, e.stats.unhelpful)}</span>
              </td>
              <td class="kb-num">{e.stats.handoffsAfter}</td>
              <td class="desk-nowrap">
                <time dateTime={e.updatedAt}>{formatTime(e.updatedAt, lang)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
