import type { ChatMessage } from '../../protocol/message.ts';

/**
 * Merges messages from acks, broadcasts and syncs into one list ordered by seq.
 * The same message can arrive several ways (ack, `message.created`, sync, another tab):
 * it is kept once, by id and by clientId, and the latest copy wins (e.g. its feedback).
 */
export function mergeMessages(
  list: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): ChatMessage[] {
  const byId = new Map<string, ChatMessage>();
  const idOfClientId = new Map<string, string>();
  for (const message of [...list, ...incoming]) {
    const previous = message.clientId === null ? undefined : idOfClientId.get(message.clientId);
    if (previous !== undefined && previous !== message.id) byId.delete(previous);
    if (message.clientId !== null) idOfClientId.set(message.clientId, message.id);
    byId.set(message.id, message);
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq held: `conversation.sync` asks for everything after it. */
export function lastSeq(list: readonly ChatMessage[]): number {
  return list.reduce((max, message) => Math.max(max, message.seq), 0);
}

/** Bot and agent messages the visitor has not seen yet. */
export function countUnread(list: readonly ChatMessage[], readSeq: number): number {
  return list.filter((m) => m.seq > readSeq && (m.author === 'bot' || m.author === 'agent')).length;
}
