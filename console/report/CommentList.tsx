import { useEffect, useRef, useState } from 'preact/hooks';
import type { MonthlyReport } from '../../protocol/report.ts';
import { dateTimeOf } from './format.ts';
import type { ReportTexts } from './i18n.ts';

/** The first screenful; the rest on request, so the page does not end in 200 comments. */
const FIRST = 12;

/** The visitors' own words, lowest ratings first (the server's order). */
export function CommentList({ report, tx }: { report: MonthlyReport; tx: ReportTexts }) {
  const all = report.satisfaction.comments;
  const [showAll, setShowAll] = useState(false);
  const comments = showAll ? all : all.slice(0, FIRST);
  /** The first comment the button revealed: focus goes on from there, not back to the top. */
  const revealed = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (showAll) revealed.current?.focus();
  }, [showAll]);
  return (
    <section class="report-block" aria-labelledby="report-comments">
      <h3 id="report-comments">{tx.comments}</h3>
      {all.length === 0 ? (
        <p class="desk-muted">{tx.noComments}</p>
      ) : (
        <ol class="report-comments">
          {comments.map((c, i) => (
            <li
              key={c.conversationId}
              ref={i === FIRST ? revealed : undefined}
              tabIndex={i === FIRST ? -1 : undefined}
              class={c.rating <= 2 ? 'unhappy' : undefined}
            >
              <p class="report-stars">
                <span aria-hidden="true">{'★'.repeat(c.rating) + '☆'.repeat(5 - c.rating)}</span>
                <span class="sr">{tx.stars(c.rating)}</span>
              </p>
              <p class="report-comment">{c.comment}</p>
              <p class="report-comment-meta">
                {[c.agentName, dateTimeOf(c.ratedAt, tx, report.period.timeZone)]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ol>
      )}
      {!showAll && all.length > FIRST && (
        <button type="button" class="secondary report-more" onClick={() => setShowAll(true)}>
          {tx.showAllComments(all.length)}
        </button>
      )}
    </section>
  );
}
