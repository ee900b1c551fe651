import { describe, expect, it } from 'vitest';
import { mergeMessages, timeline } from '../../../console/timeline.ts';
import type { AgentNote, ChatMessage } from '../../../protocol/index.ts';

const message = (seq: number, createdAt: string): ChatMessage => ({
  id: `m${seq}`,
  conversationId: 'c',
  seq,
  clientId: null,
  author: 'visitor',
  kind: 'text',
  body: `message ${seq}`,
  createdAt,
});
const note = (id: string, createdAt: string): AgentNote => ({
  id,
  conversationId: 'c',
  clientId: id,
  agentId: 'a',
  agentName: 'Ann',
  body: id,
  createdAt,
});

describe('the console transcript', () => {
  it('keeps each message once, in seq order, whatever order acks and pushes arrive in', () => {
    const merged = mergeMessages(
      [message(2, '2025-03-01T08:00:02Z'), message(1, '2025-03-01T08:00:01Z')],
      [message(3, '2025-03-01T08:00:03Z'), message(2, '2025-03-01T08:00:02Z')],
    );
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('puts notes between messages by time; at the same instant the message first', () => {
    const entries = timeline(
      [message(1, '2025-03-01T08:00:01Z'), message(2, '2025-03-01T08:00:05Z')],
      [note('n-between', '2025-03-01T08:00:03Z'), note('n-same', '2025-03-01T08:00:05Z')],
    );
    expect(entries.map((e) => (e.kind === 'note' ? e.note.id : e.message.id))).toEqual([
      'm1',
      'n-between',
      'm2',
      'n-same',
    ]);
  });
});
