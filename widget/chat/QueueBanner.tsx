import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';

/** A wait estimate in whole minutes, never "0 minutes" for someone who is still waiting. */
export function waitMinutes(seconds: number | null): number | null {
  return seconds === null ? null : Math.max(1, Math.ceil(seconds / 60));
}

/**
 * The visitor's place in line while they wait for a person. The status region stays in the
 * page while empty, so screen readers announce the text when it appears and as it changes.
 */
export function QueueBanner({ client, tx }: { client: ChatClient; tx: Texts }) {
  const { conversation, queue } = client.state;
  const waiting =
    conversation?.status === 'queued' && queue?.conversationId === conversation.conversationId;
  return (
    <p class="banner queue" role="status">
      {waiting ? tx.queue(queue.position, waitMinutes(queue.estimatedWaitSeconds)) : ''}
    </p>
  );
}
