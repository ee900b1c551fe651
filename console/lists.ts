import type { ConversationSummary } from '../protocol/conversation.ts';
import type { ChatMessage } from '../protocol/message.ts';

type Summaries = readonly ConversationSummary[];

/**
 * Adds or replaces a list line. Summaries arrive by several paths (list, assignment, update,
 * take) and not always in order, so an older copy never rolls back the last message.
 */
export function upsert(list: Summaries, item: ConversationSummary): ConversationSummary[] {
  const current = list.find((c) => c.id === item.id);
  if (!current) return [...list, item];
  const next =
    current.lastSeq > item.lastSeq
      ? {
          ...item,
          lastSeq: current.lastSeq,
          lastMessage: current.lastMessage,
          unread: current.unread,
        }
      : item;
  return list.map((c) => (c.id === item.id ? next : c));
}

export function without(list: Summaries, id: string): ConversationSummary[] {
  return list.filter((c) => c.id !== id);
}

/** A new message in a held chat, counted as the server counts unread: visitor messages since the last read; writing reads all. */
export function withMessage(list: Summaries, m: ChatMessage): ConversationSummary[] {
  return list.map((c) =>
    c.id !== m.conversationId || m.seq <= c.lastSeq
      ? c
      : {
          ...c,
          lastSeq: m.seq,
          lastMessage: { author: m.author, body: m.body, createdAt: m.createdAt },
          unread: m.author === 'agent' ? 0 : c.unread + (m.author === 'visitor' ? 1 : 0),
        },
  );
}

export function withoutUnread(list: Summaries, id: string): ConversationSummary[] {
  return list.map((c) => (c.id === id ? { ...c, unread: 0 } : c));
}
