import type { ConversationDetail } from '../protocol/conversation.ts';
import type { Texts } from './i18n.ts';

/** Where a chat the agent no longer holds ended up: its classification and the visitor's rating. */
export function ChatOutcome({
  tx,
  conversation: c,
}: {
  tx: Texts;
  conversation: ConversationDetail;
}) {
  if (c.status !== 'closed') {
    return <p class="outcome muted">{tx.movedAway}</p>;
  }
  return (
    <div class="outcome">
      <p class="outcome-title">{tx.ended}</p>
      <p>
        {c.closeType && <span class="chip">{tx.closeTypes[c.closeType]}</span>}
        {c.closeTags.map((tag) => (
          <span key={tag} class="chip tag">
            {tag}
          </span>
        ))}
        {c.closeSummary && <span class="outcome-summary">{c.closeSummary}</span>}
      </p>
      <p role="status">
        {tx.rating}
        {c.rating ? (
          <>
            <span class="stars" aria-hidden="true">
              {'★'.repeat(c.rating)}
              {'☆'.repeat(5 - c.rating)}
            </span>{' '}
            {tx.ratings[c.rating]}
            {c.ratingComment && <q class="outcome-comment">{c.ratingComment}</q>}
          </>
        ) : (
          tx.notRated
        )}
      </p>
    </div>
  );
}
