import { useState } from 'preact/hooks';
import type { ConversationSummary } from '../protocol/conversation.ts';
import { duration } from './format.ts';
import type { Texts } from './i18n.ts';
import type { Failure } from './socket.ts';
import { useNow } from './useNow.ts';

interface Props {
  tx: Texts;
  queue: ConversationSummary[];
  /** Resolves with why taking failed, or null once the chat is the agent's. */
  onTake: (conversationId: string) => Promise<Failure | null>;
}

/** The waiting visitors, longest wait first, each with a 接入 / Take button. */
export function QueueList({ tx, queue, onTake }: Props) {
  const now = useNow(1000);
  const [taking, setTaking] = useState<string | null>(null);
  const [problem, setProblem] = useState('');

  async function take(id: string): Promise<void> {
    setProblem('');
    setTaking(id);
    const failure = await onTake(id);
    setTaking(null);
    if (failure) setProblem(failure === 'conflict' ? tx.takeConflict : tx.failures[failure]);
  }

  return (
    <section class="side-section" aria-labelledby="queue-heading">
      <h2 id="queue-heading">
        {tx.queueHeading} <span class="count">{queue.length}</span>
      </h2>
      <p class="alert" role="alert">
        {problem}
      </p>
      {queue.length === 0 ? (
        <p class="muted">{tx.queueEmpty}</p>
      ) : (
        <ul class="conv-list">
          {queue.map((c) => (
            <li key={c.id} class="conv queued">
              <span class="conv-top">
                <span class="conv-name">{tx.visitor(c.visitorCode)}</span>
                {c.queuedAt && (
                  <time class="wait" dateTime={c.queuedAt}>
                    {tx.waiting(duration(now - Date.parse(c.queuedAt)))}
                  </time>
                )}
              </span>
              <span class="conv-last">{c.lastMessage?.body ?? ''}</span>
              <button
                type="button"
                class="secondary small"
                aria-label={tx.takeVisitor(c.visitorCode)}
                disabled={taking === c.id}
                onClick={() => void take(c.id)}
              >
                {tx.take}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
