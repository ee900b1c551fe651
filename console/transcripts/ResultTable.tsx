import type { Directory, Rating as Score } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import type { TranscriptRow } from '../../protocol/transcripts.ts';
import { dateTime } from '../format.ts';
import { TEXTS } from '../i18n.ts';
import { departmentName } from '../useDirectory.ts';
import { Highlighted } from './Highlighted.tsx';
import type { TranscriptsTexts } from './i18n.ts';

interface Props {
  tx: TranscriptsTexts;
  lang: Language;
  rows: TranscriptRow[];
  /** The search words, marked in the matching messages. */
  query: string;
  directory: Directory | null;
  openHref: (id: string) => string;
  busy: boolean;
}

/** Focus comes back here when the agent leaves a conversation. */
export const rowLinkId = (id: string) => `tr-open-${id}`;

function Rating({ tx, lang, rating }: { tx: TranscriptsTexts; lang: Language; rating: Score }) {
  const label = TEXTS[lang].ratings[rating];
  return (
    <>
      <span class="tr-stars" aria-hidden="true" title={label}>
        {'★'.repeat(rating)}
        {'☆'.repeat(5 - rating)}
      </span>
      <span class="sr">{tx.stars(rating, label)}</span>
    </>
  );
}

/** One row per conversation; the visitor's name opens it. */
export function ResultTable({ tx, lang, rows, query, directory, openHref, busy }: Props) {
  const chat = TEXTS[lang];
  const department = (id: string | null) => {
    const known = id && directory?.departments.find((d) => d.id === id);
    return known ? departmentName(known, lang) : (id ?? tx.none);
  };
  return (
    <div class="tr-scroll" role="region" aria-label={tx.tableScroll} tabIndex={0}>
      <table class="desk-table tr-table" aria-busy={busy}>
        <caption class="sr">{tx.results}</caption>
        <thead>
          <tr>
            <th scope="col">{tx.colStarted}</th>
            <th scope="col">{tx.colVisitor}</th>
            <th scope="col">{tx.colDepartment}</th>
            <th scope="col">{tx.colAgent}</th>
            <th scope="col">{tx.colType}</th>
            <th scope="col">{tx.colTags}</th>
            <th scope="col">{tx.colRating}</th>
            <th scope="col" class="tr-num">
              {tx.colMessages}
            </th>
            <th scope="col">{tx.colText}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td class="desk-nowrap">
                <time dateTime={r.startedAt}>{dateTime(r.startedAt, lang)}</time>
              </td>
              <th scope="row" class="desk-nowrap">
                <a id={rowLinkId(r.id)} href={openHref(r.id)}>
                  {chat.visitor(r.visitorCode)}
                </a>
              </th>
              <td>{department(r.departmentId)}</td>
              <td>{r.agentName ?? (r.handledBy === 'bot' ? tx.botOnly : tx.none)}</td>
              <td class="desk-nowrap">
                {r.closeType ? chat.closeTypes[r.closeType] : chat.unclassified}
              </td>
              <td>
                {r.closeTags.map((tag) => (
                  <span key={tag} class="chip tag">
                    {tag}
                  </span>
                ))}
              </td>
              <td class="desk-nowrap">
                {r.rating ? <Rating tx={tx} lang={lang} rating={r.rating} /> : tx.notRated}
              </td>
              <td class="tr-num">{r.messages}</td>
              <td class="tr-text">
                {r.match ? (
                  <>
                    <span class="tr-who">{tx.said(tx.authors[r.match.author])}</span>
                    <Highlighted text={r.match.body} query={query} />
                  </>
                ) : (
                  (r.firstQuestion ?? tx.none)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
