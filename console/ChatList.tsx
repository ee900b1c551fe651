import type { ConversationSummary } from '../protocol/conversation.ts';
import type { Texts } from './i18n.ts';

interface Props {
  tx: Texts;
  chats: ConversationSummary[];
  openId: string | null;
  /** The chat on screen: being read, so it shows no unread badge. */
  focusedId: string | null;
  onOpen: (conversationId: string) => void;
}

/** The agent's chats; each line opens its chat and shows what is unread. */
export function ChatList({ tx, chats, openId, focusedId, onOpen }: Props) {
  return (
    <section class="side-section" aria-labelledby="chats-heading">
      <h2 id="chats-heading">
        {tx.chatsHeading} <span class="count">{chats.length}</span>
      </h2>
      {chats.length === 0 ? (
        <p class="muted">{tx.chatsEmpty}</p>
      ) : (
        <ul class="conv-list">
          {chats.map((c) => {
            const unread = c.id === focusedId ? 0 : c.unread;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  class="conv"
                  aria-current={c.id === openId ? 'true' : undefined}
                  onClick={() => onOpen(c.id)}
                >
                  <span class="conv-top">
                    <span class="conv-name">{tx.visitor(c.visitorCode)}</span>
                    {unread > 0 && (
                      <span class="badge">
                        <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
                        <span class="sr">{tx.unread(unread)}</span>
                      </span>
                    )}
                  </span>
                  <span class="conv-last">{c.lastMessage?.body ?? ''}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
