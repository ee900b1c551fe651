import type { Language } from '../../protocol/index.ts';
import { newId } from '../../server/ids.ts';
import type { Store } from '../../server/store/types.ts';

/** A visitor as a first visit stores them, straight into a store; returns their id. */
export async function addVisitor(
  store: Store,
  at: string,
  lang: Language = 'zh-CN',
  id = newId(),
): Promise<string> {
  await store.visitors.create({
    id,
    tokenHash: newId(),
    lang,
    createdAt: at,
    lastSeenAt: at,
    userAgent: null,
    referrer: null,
  });
  return id;
}

/** The visitor's open conversation, opened if they have none; returns its id. */
export async function openConversationOf(
  store: Store,
  visitorId: string,
  at: string,
  lang: Language = 'zh-CN',
  id = newId(),
): Promise<string> {
  const { conversation } = await store.conversations.findOrCreateOpen({
    id,
    visitorId,
    lang,
    createdAt: at,
  });
  return conversation.id;
}
