import type { ChatMessage } from '../../protocol/message.ts';

/**
 * The visitor's transcript can span conversations: after an agent closes one, the next message
 * starts another whose seqs begin again at 1. So every seq is read within its conversation.
 */

/** The highest seq seen per conversation id. */
export type ReadMarks = Readonly<Record<string, number>>;

/**
 * Merges messages from acks, broadcasts and syncs into one list: conversations in the order
 * they first appeared (older transcripts above newer ones), each ordered by seq.
 * The same message can arrive several ways (ack, `message.created`, sync, another tab):
 * it is kept once, by id and by clientId, and the latest copy wins (e.g. its feedback).
 */
export function mergeMessages(
  list: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): ChatMessage[] {
  const byId = new Map<string, ChatMessage>();
  const idOfClientId = new Map<string, string>();
  const rank = new Map<string, number>();
  for (const message of [...list, ...incoming]) {
    const previous = message.clientId === null ? undefined : idOfClientId.get(message.clientId);
    if (previous !== undefined && previous !== message.id) byId.delete(previous);
    if (message.clientId !== null) idOfClientId.set(message.clientId, message.id);
    byId.set(message.id, message);
    if (!rank.has(message.conversationId)) rank.set(message.conversationId, rank.size);
  }
  const order = (m: ChatMessage) => rank.get(m.conversationId) ?? 0;
  return [...byId.values()].sort((a, b) => order(a) - order(b) || a.seq - b.seq);
}

/** The conversation the visitor is in now: the one of the newest message held. */
export function latestConversation(list: readonly ChatMessage[]): string | null {
  return list[list.length - 1]?.conversationId ?? null;
}

/**
 * The seq `conversation.sync` asks for everything after: the highest held in one conversation
 * with none missing below it. A broadcast lost with a dying server node leaves a gap, which the
 * next sync fills.
 */
export function lastSeq(list: readonly ChatMessage[], conversationId: string | null): number {
  const held = new Set(list.filter((m) => m.conversationId === conversationId).map((m) => m.seq));
  let seq = 0;
  while (held.has(seq + 1)) seq += 1;
  return seq;
}

/** Marks everything held as seen; conversations no longer held are dropped from the marks. */
export function markRead(list: readonly ChatMessage[]): ReadMarks {
  const marks: Record<string, number> = {};
  for (const m of list) marks[m.conversationId] = Math.max(marks[m.conversationId] ?? 0, m.seq);
  return marks;
}

/** Bot and agent messages the visitor has not seen yet. */
export function countUnread(list: readonly ChatMessage[], read: ReadMarks): number {
  return list.filter(
    (m) => m.seq > (read[m.conversationId] ?? 0) && (m.author === 'bot' || m.author === 'agent'),
  ).length;
}
