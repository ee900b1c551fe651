import type { RefObject } from 'preact';
import type { ChatMessage } from '../../protocol/message.ts';
import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';
import { Message } from './Message.tsx';
import './messages.css';
import type { Pending } from './pending.ts';

interface Props {
  client: ChatClient;
  tx: Texts;
  greeting: string;
  logRef: RefObject<HTMLDivElement | null>;
}

/** An unacknowledged message drawn as the visitor's bubble it will become. */
function draft(p: Pending): ChatMessage {
  const { clientId, body } = p;
  return {
    id: clientId,
    clientId,
    body,
    conversationId: '',
    seq: 0,
    author: 'visitor',
    kind: 'text',
    createdAt: '',
  };
}

/**
 * The conversation: greeting, stored messages, then what is still on its way. One keyed list
 * (clientId, else id), so an acknowledged message replaces its optimistic bubble in place.
 */
export function MessageList({ client, tx, greeting, logRef }: Props) {
  const { messages, pending } = client.state;
  const items = [
    ...messages.map((m) => ({ m, p: undefined })),
    ...pending.map((p) => ({ m: draft(p), p })),
  ];
  return (
    <div class="log" role="log" aria-live="polite" aria-label={tx.log} tabIndex={0} ref={logRef}>
      <div class="msg">
        <span class="who">{tx.bot}</span>
        <div class="bubble">{greeting}</div>
      </div>
      {items.map(({ m, p }, i) => (
        <Message
          key={m.clientId ?? m.id}
          m={m}
          client={client}
          tx={tx}
          pending={p}
          label={m.author !== 'visitor' && (items[i - 1]?.m.author ?? 'bot') !== m.author}
        />
      ))}
    </div>
  );
}
