import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../protocol/message.ts';
import { wantsChime } from '../../../widget/chat/chime.ts';
import { readMark } from '../../../widget/chat/read-mark.ts';
import { titleBadge } from '../../../widget/loader/title.ts';

function message(seq: number, author: ChatMessage['author'], conversationId = 'c2'): ChatMessage {
  return {
    id: `${conversationId}-${seq}`,
    conversationId,
    seq,
    clientId: null,
    author,
    kind: 'text',
    body: `message ${seq}`,
    createdAt: '2025-03-01T08:00:00.000Z',
  };
}

describe('已读: which message carries the marker', () => {
  // An old conversation, then the current one: visitor 1, bot 2, visitor 3, agent 4, visitor 5.
  const list = [
    message(1, 'visitor', 'c1'),
    message(1, 'visitor'),
    message(2, 'bot'),
    message(3, 'visitor'),
    message(4, 'agent'),
    message(5, 'visitor'),
  ];
  const state = (agentReadSeq: number) => ({ conversationId: 'c2', agentReadSeq });

  it('is the visitor’s last message the agent has seen, only one', () => {
    expect(readMark(list, state(3))).toBe('c2-3');
    // The agent's reply at 4 means everything before it was read; 5 is not read yet.
    expect(readMark(list, state(4))).toBe('c2-3');
    expect(readMark(list, state(5))).toBe('c2-5');
    expect(readMark(list, state(2))).toBe('c2-1');
  });

  it('is nowhere before an agent has read anything, or without a conversation', () => {
    expect(readMark(list, state(0))).toBeNull();
    expect(readMark(list, null)).toBeNull();
  });

  it('never marks a message of an earlier conversation, whose seqs started at 1 too', () => {
    expect(readMark(list, { conversationId: 'c3', agentReadSeq: 9 })).toBeNull();
    expect(readMark([message(1, 'visitor', 'c1')], state(1))).toBeNull();
  });
});

describe('the new-message sound', () => {
  const base = { site: true, muted: false, hidden: false, open: true };
  it('chimes only when the visitor may not see the message', () => {
    expect(wantsChime(base)).toBe(false);
    expect(wantsChime({ ...base, hidden: true })).toBe(true);
    expect(wantsChime({ ...base, open: false })).toBe(true);
  });
  it('stays silent when the visitor or the site turned it off', () => {
    expect(wantsChime({ ...base, open: false, muted: true })).toBe(false);
    expect(wantsChime({ ...base, hidden: true, site: false })).toBe(false);
  });
});

describe('the host page’s title badge', () => {
  it('counts what came while hidden and restores the exact title', () => {
    const doc = { title: '运动鞋 – Demo Shop', hidden: false };
    const badge = titleBadge(doc);
    badge(1);
    expect(doc.title).toBe('运动鞋 – Demo Shop');
    doc.hidden = true;
    badge(0);
    expect(doc.title).toBe('运动鞋 – Demo Shop');
    badge(1);
    expect(doc.title).toBe('(1) 运动鞋 – Demo Shop');
    badge(1);
    expect(doc.title).toBe('(2) 运动鞋 – Demo Shop');
    doc.hidden = false;
    badge(0);
    expect(doc.title).toBe('运动鞋 – Demo Shop');
    // Counting starts again the next time the tab is hidden.
    doc.hidden = true;
    badge(1);
    expect(doc.title).toBe('(1) 运动鞋 – Demo Shop');
  });

  it('keeps a title the page set meanwhile', () => {
    const doc = { title: 'Cart', hidden: true };
    const badge = titleBadge(doc);
    badge(1);
    expect(doc.title).toBe('(1) Cart');
    doc.title = 'Checkout';
    badge(1);
    expect(doc.title).toBe('(2) Checkout');
    doc.hidden = false;
    badge(0);
    expect(doc.title).toBe('Checkout');
  });
});
