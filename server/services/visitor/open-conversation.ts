import { newId } from '../../ids.ts';
import type { ConversationRow } from '../../store/types.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';

/** The visitor's open conversation; starts one (and says so) on their first message. */
export async function openConversation(
  deps: ServiceDeps,
  actor: VisitorActor,
): Promise<ConversationRow> {
  const { conversation, created } = await deps.store.conversations.findOrCreateOpen({
    id: newId(),
    visitorId: actor.visitorId,
    lang: actor.lang,
    createdAt: deps.clock.now().toISOString(),
  });
  if (created) deps.events.emit('conversation.created', conversation);
  return conversation;
}
