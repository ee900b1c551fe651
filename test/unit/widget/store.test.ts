import { describe, expect, it } from 'vitest';
import { upgrade } from '../../../widget/chat/store.ts';

describe('the saved chat from an earlier version', () => {
  const message = {
    id: 'm1',
    conversationId: 'c1',
    seq: 4,
    clientId: null,
    author: 'bot' as const,
    kind: 'answer' as const,
    body: 'hi',
    createdAt: '2025-03-01T08:00:00.000Z',
  };

  it('keeps what was read as read: its one readSeq belongs to its one conversation', () => {
    expect(upgrade({ token: 't', messages: [message], readSeq: 4 })).toEqual({
      token: 't',
      messages: [message],
      read: { c1: 4 },
    });
  });

  it('leaves a current one as it is', () => {
    const saved = { token: 't', messages: [message], read: { c1: 2 } };
    expect(upgrade(saved)).toEqual(saved);
  });
});
