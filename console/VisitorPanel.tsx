import type { VisitorInfo } from '../protocol/conversation.ts';
import type { Language } from '../protocol/language.ts';
import { dateTime, safeLink } from './format.ts';
import type { Texts } from './i18n.ts';
import { PreChatFacts } from './PreChatFacts.tsx';
import { VisitorIdentityFacts } from './VisitorIdentity.tsx';

interface Props {
  lang: Language;
  tx: Texts;
  visitor: VisitorInfo;
}

/** Who the visitor is and where they came from, and how their earlier chats went. */
export function VisitorPanel({ lang, tx, visitor: v }: Props) {
  const pageHref = safeLink(v.page?.url);
  const client = [v.browser, v.os].filter(Boolean).join(' / ');
  return (
    <aside class="visitor-panel" aria-labelledby="visitor-title">
      <h2 id="visitor-title">{tx.visitorInfo}</h2>
      <dl>
        {v.identity && <VisitorIdentityFacts tx={tx} identity={v.identity} />}
        {v.preChat && <PreChatFacts lang={lang} tx={tx} answers={v.preChat} />}
        <dt>{tx.currentPage}</dt>
        <dd>
          {v.page && pageHref ? (
            <a href={pageHref} target="_blank" rel="noopener noreferrer">
              {v.page.title || v.page.url}
            </a>
          ) : (
            (v.page?.url ?? tx.unknown)
          )}
        </dd>
        <dt>{tx.referrer}</dt>
        <dd class="url">{v.referrer ?? tx.none}</dd>
        <dt>{tx.language}</dt>
        <dd>{tx.languages[v.lang]}</dd>
        <dt>{tx.client}</dt>
        <dd>{client || tx.unknown}</dd>
        <dt>{tx.firstSeen}</dt>
        <dd>
          <time dateTime={v.firstSeenAt}>{dateTime(v.firstSeenAt, lang)}</time>
        </dd>
      </dl>
      <h3>{tx.previousChats}</h3>
      {v.previousConversations.length === 0 ? (
        <p class="muted">{tx.none}</p>
      ) : (
        <ul class="previous">
          {v.previousConversations.map((c) => (
            <li key={c.id}>
              <time dateTime={c.createdAt}>{dateTime(c.createdAt, lang)}</time>
              <span class="chip">{c.closeType ? tx.closeTypes[c.closeType] : tx.unclassified}</span>
              {c.closeSummary && <span class="previous-summary">{c.closeSummary}</span>}
              {c.rating && (
                <span class="previous-rating">
                  {tx.rating}
                  {tx.ratings[c.rating]}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
