import type { AgentNote } from '../protocol/conversation.ts';
import type { ChatMessage } from '../protocol/message.ts';

/** One line of the transcript: a message everyone sees, or an internal note. */
export type Entry = { kind: 'message'; message: ChatMessage } | { kind: 'note'; note: AgentNote };

/** Keeps each message once (acks, pushes and reloads overlap), ordered by seq. */
export function mergeMessages(
  list: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): ChatMessage[] {
  const byId = new Map(list.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

export function mergeNotes(
  list: readonly AgentNote[],
  incoming: readonly AgentNote[],
): AgentNote[] {
  const byId = new Map(list.map((n) => [n.id, n]));
  for (const n of incoming) byId.set(n.id, n);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Notes go between the messages by time; at the same instant the message comes first. */
export function timeline(messages: readonly ChatMessage[], notes: readonly AgentNote[]): Entry[] {
  const entries: Entry[] = [];
  let n = 0;
  for (const message of messages) {
    while (notes[n] && notes[n]!.createdAt < message.createdAt) {
      entries.push({ kind: 'note', note: notes[n]! });
      n += 1;
    }
    entries.push({ kind: 'message', message });
  }
  for (const note of notes.slice(n)) entries.push({ kind: 'note', note });
  return entries;
}
