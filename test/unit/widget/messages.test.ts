import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../protocol/message.ts';
import { countUnread, lastSeq, mergeMessages } from '../../../widget/chat/messages.ts';

function message(seq: number, patch: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientId: null,
    author: 'bot',
    kind: 'answer',
    body: `message ${seq}`,
    createdAt: '2025-03-01T08:00:00.000Z',
    ...patch,
  };
}

describe('merging messages from acks, broadcasts and syncs', () => {
  it('orders by seq and keeps each message once', () => {
    const merged = mergeMessages([message(2), message(1)], [message(3), message(2), message(1)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('keeps the latest copy of a message, e.g. with its feedback', () => {
    const merged = mergeMessages([message(1)], [message(1, { feedback: 'up' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.feedback).toBe('up');
  });

  it('treats two ids with one clientId as one message (a resend stored under a new id)', () => {
    const first = message(1, { id: 'a', clientId: 'client-1', author: 'visitor' });
    const again = message(1, { id: 'b', clientId: 'client-1', author: 'visitor' });
    expect(mergeMessages([first], [again]).map((m) => m.id)).toEqual(['b']);
  });

  it('knows the last seq to sync after and what is unread', () => {
    const list = [message(1, { author: 'visitor' }), message(2), message(3, { author: 'agent' })];
    expect(lastSeq(list)).toBe(3);
    expect(lastSeq([])).toBe(0);
    expect(countUnread(list, 1)).toBe(2);
    expect(countUnread(list, 3)).toBe(0);
  });
});
