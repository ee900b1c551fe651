import { newId } from '../../ids.ts';
import type { MessageRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';

/** A system notice in the transcript (an agent joined, a transfer, the end), stored and broadcast. */
export async function postNotice(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>,
  conversationId: string,
  body: string,
): Promise<MessageRow | undefined> {
  const { messages } = await deps.store.messages.append(
    conversationId,
    [
      {
        id: newId(),
        author: 'system',
        kind: 'notice',
        body,
        faqId: null,
        payload: {},
        createdAt: deps.clock.now().toISOString(),
      },
    ],
    // Server-made: no client resends it, so any fresh id will do.
    { clientId: newId() },
  );
  for (const m of messages) deps.events.emit('message.created', m);
  return messages[0];
}
