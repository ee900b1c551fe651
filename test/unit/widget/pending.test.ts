import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../protocol/message.ts';
import {
  enqueue,
  mark,
  nextToSend,
  remove,
  settle,
  slowPause,
  toResend,
} from '../../../widget/chat/pending.ts';
import { RETRY_MS } from '../../../widget/chat/timeouts.ts';

function stored(clientId: string, seq: number): ChatMessage {
  return {
    id: `s${seq}`,
    conversationId: 'c1',
    seq,
    clientId,
    author: 'visitor',
    kind: 'text',
    body: 'hi',
    createdAt: '2025-03-01T08:00:00.000Z',
  };
}

describe('the queue of unacknowledged messages', () => {
  it('gives every message its own clientId the server accepts', () => {
    const queue = enqueue(enqueue([], '你好'), '怎么申请退货？', 'return.zh');
    const [a, b] = queue;
    expect(a?.clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a?.clientId).not.toBe(b?.clientId);
    expect(b).toMatchObject({ body: '怎么申请退货？', faqId: 'return.zh' });
  });

  it('resends everything not acknowledged, oldest first, failed ones included', () => {
    let queue = enqueue(enqueue(enqueue([], 'one'), 'two'), 'three');
    const [one, two] = queue;
    queue = mark(queue, two?.clientId ?? '', { failed: true });
    queue = settle(queue, [stored(one?.clientId ?? '', 1)]);
    const again = toResend(queue);
    expect(again.map((p) => p.body)).toEqual(['two', 'three']);
    expect(again.every((p) => !p.failed)).toBe(true);
  });

  it('settles a message once, whether its ack, broadcast or sync arrives first', () => {
    let queue = enqueue([], 'hello');
    const copy = stored(queue[0]?.clientId ?? '', 4);
    queue = settle(queue, [copy]);
    expect(queue).toEqual([]);
    expect(settle(queue, [copy])).toEqual([]);
  });

  it('drops a message the server refused as invalid', () => {
    const queue = enqueue(enqueue([], 'ok'), 'x'.repeat(3000));
    expect(remove(queue, queue[1]?.clientId ?? '').map((p) => p.body)).toEqual(['ok']);
  });

  it('sends the oldest first, a message held back as too quick included; a failed one waits', () => {
    let queue = enqueue(enqueue(enqueue([], 'one'), 'two'), 'three');
    const [one, two] = queue;
    queue = mark(queue, one?.clientId ?? '', { slow: true });
    expect(nextToSend(queue)?.body).toBe('one');
    queue = mark(queue, one?.clientId ?? '', { failed: true });
    expect(nextToSend(queue)?.body).toBe('two');
    queue = mark(queue, two?.clientId ?? '', { failed: true });
    expect(nextToSend(queue)?.body).toBe('three');
    expect(nextToSend([])).toBeUndefined();
  });

  it('waits as long as the server asks after a refusal for speed, within reason', () => {
    expect(slowPause(4_200)).toBe(4_200);
    expect(slowPause(undefined)).toBe(RETRY_MS);
    expect(slowPause(0)).toBe(RETRY_MS);
    expect(slowPause(Number.NaN)).toBe(RETRY_MS);
    expect(slowPause(1)).toBe(500);
    expect(slowPause(3_600_000)).toBe(60_000);
  });
});
