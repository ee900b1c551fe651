import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../protocol/message.ts';
import {
  countUnread,
  lastSeq,
  latestConversation,
  markRead,
  mergeMessages,
} from '../../../widget/chat/messages.ts';

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
    expect(lastSeq(list, 'c1')).toBe(3);
    expect(lastSeq([], null)).toBe(0);
    expect(countUnread(list, { c1: 1 })).toBe(2);
    expect(countUnread(list, { c1: 3 })).toBe(0);
  });

  it('syncs from below a gap, so a message whose broadcast was lost still arrives', () => {
    const list = [message(1), message(2), message(4), message(5)];
    expect(lastSeq(list, 'c1')).toBe(2);
    expect(lastSeq(list, 'c2')).toBe(0);
  });
});

describe('a transcript spanning conversations (after a close, seqs start again at 1)', () => {
  const closed = [1, 2, 3, 4, 5].map((seq) => message(seq, { id: `old${seq}` }));
  const next = (seq: number, patch: Partial<ChatMessage> = {}) =>
    message(seq, { id: `new${seq}`, conversationId: 'c2', ...patch });

  it('keeps the old conversation above the new one, each in seq order', () => {
    const merged = mergeMessages(closed, [next(2), next(1, { author: 'visitor' })]);
    expect(merged.map((m) => m.id)).toEqual([
      'old1',
      'old2',
      'old3',
      'old4',
      'old5',
      'new1',
      'new2',
    ]);
    expect(latestConversation(merged)).toBe('c2');
  });

  it('syncs the new conversation from its own last seq, not the old one’s', () => {
    const merged = mergeMessages(closed, [next(1, { author: 'visitor' })]);
    expect(lastSeq(merged, latestConversation(merged))).toBe(1);
    expect(lastSeq(merged, 'c1')).toBe(5);
  });

  it('counts the new conversation’s replies as unread though their seqs are low', () => {
    const read = markRead(closed);
    expect(read).toEqual({ c1: 5 });
    const merged = mergeMessages(closed, [next(1, { author: 'visitor' }), next(2)]);
    expect(countUnread(merged, read)).toBe(1);
    expect(countUnread(merged, markRead(merged))).toBe(0);
  });
});
