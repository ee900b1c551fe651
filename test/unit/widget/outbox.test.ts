import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ack } from '../../../protocol/ack.ts';
import type { ChatMessage } from '../../../protocol/message.ts';
import type { MessageSendInput } from '../../../protocol/schemas/visitor.ts';
import type { ChatClient } from '../../../widget/chat/client.ts';
import { RETRY_MS } from '../../../widget/chat/timeouts.ts';

/** One request the chat made, with the callback the server's answer goes to. */
interface Emitted {
  event: string;
  input: unknown;
  answer: (err: Error | null, reply?: Ack<unknown>) => void;
}

/**
 * The chat client's own code against a stand-in for Socket.IO's client: the test plays the
 * server, answering each request when and how it chooses.
 */
const fake = vi.hoisted(() => {
  const socket = {
    connected: false,
    active: false,
    handlers: new Map<string, (...args: unknown[]) => void>(),
    emitted: [] as Emitted[],
    /** The `message.send` requests not answered yet, oldest first. */
    sends: [] as Emitted[],
    /** What `emitWithAck` (the forms) resolves with. */
    reply: null as Ack<unknown> | null,
    on(event: string, handler: (...args: unknown[]) => void) {
      socket.handlers.set(event, handler);
      return socket;
    },
    timeout: () => socket,
    emit(event: string, input: unknown, answer: Emitted['answer']) {
      socket.emitted.push({ event, input, answer });
      if (event === 'message.send') socket.sends.push({ event, input, answer });
      return socket;
    },
    emitWithAck: (event: string, input: unknown) => {
      socket.emitted.push({ event, input, answer: () => undefined });
      return Promise.resolve(socket.reply);
    },
    connect: () => undefined,
  };
  return socket;
});
vi.mock('socket.io-client', () => ({ io: () => fake }));

let client: ChatClient;
let seq = 0;

/** What the server stores for a sent message. */
function stored(input: unknown): ChatMessage {
  const { clientId, body } = input as MessageSendInput;
  seq += 1;
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientId,
    author: 'visitor',
    kind: 'text',
    body,
    createdAt: '2026-11-26T10:00:00.000Z',
  };
}

/** The bodies of the messages on their way, not answered yet. */
function sends(): string[] {
  return fake.sends.map((e) => (e.input as MessageSendInput).body);
}
function answer(reply: (input: unknown) => Ack<unknown>): void {
  const request = fake.sends.shift();
  if (!request) throw new Error('nothing was sent');
  request.answer(null, reply(request.input));
}
const accept = () => answer((input) => ({ ok: true, data: stored(input) }));
const tooFast = (retryAfterMs?: number) =>
  answer(() => ({
    ok: false,
    error: { code: 'rate_limited', message: 'Too many messages.', retryAfterMs },
  }));

function connect(): void {
  fake.connected = true;
  fake.handlers.get('connect')?.();
}

beforeEach(async () => {
  vi.useFakeTimers();
  // A fresh module per test: the saved state (memory storage in Node) starts empty.
  vi.resetModules();
  Object.assign(fake, {
    connected: false,
    handlers: new Map(),
    emitted: [],
    sends: [],
    reply: null,
  });
  seq = 0;
  const { ChatClient } = await import('../../../widget/chat/client.ts');
  client = new ChatClient('en');
  connect();
});
afterEach(() => vi.useRealTimers());

const shown = () => client.state.messages.map((m) => m.body);
const waiting = () => client.state.pending.map((p) => p.body);

describe('the outbox when the server asks the visitor to slow down', () => {
  it('sends one message at a time, in the order written', () => {
    client.send('one');
    client.send('two');
    client.send('three');
    expect(sends()).toEqual(['one']);
    accept();
    expect(sends()).toEqual(['two']);
    accept();
    accept();
    expect(shown()).toEqual(['one', 'two', 'three']);
    expect(waiting()).toEqual([]);
  });

  it('keeps a refused message with a note, sends it again after the pause, and lets nothing overtake it', () => {
    client.send('hi');
    client.send('are you there?');
    accept();
    tooFast(2_000);
    expect(client.state.pending).toMatchObject([{ body: 'are you there?', slow: true }]);
    client.send('order 1234');
    client.send('it never came');
    vi.advanceTimersByTime(1_999);
    expect(sends()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sends()).toEqual(['are you there?']);
    tooFast(1_000);
    vi.advanceTimersByTime(1_000);
    accept();
    accept();
    accept();
    expect(shown()).toEqual(['hi', 'are you there?', 'order 1234', 'it never came']);
    expect(waiting()).toEqual([]);
  });

  it('waits a few seconds when the server gives no time', () => {
    client.send('hello');
    tooFast();
    vi.advanceTimersByTime(RETRY_MS - 1);
    expect(sends()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sends()).toEqual(['hello']);
  });

  it('keeps waiting through a reconnect, and keeps what waits across a reload', async () => {
    client.send('first');
    tooFast(5_000);
    client.send('second');
    fake.connected = false;
    fake.handlers.get('disconnect')?.('transport close');
    connect();
    expect(sends()).toEqual([]);
    const { ChatClient } = await import('../../../widget/chat/client.ts');
    expect(new ChatClient('en').state.pending.map((p) => p.body)).toEqual(['first', 'second']);
    vi.advanceTimersByTime(5_000);
    expect(sends()).toEqual(['first']);
  });

  it('lets the next message go when one failed for another reason (it waits for Retry)', () => {
    client.send('broken');
    client.send('next');
    answer(() => ({ ok: false, error: { code: 'internal', message: 'Something went wrong.' } }));
    expect(client.state.pending).toMatchObject([
      { body: 'broken', failed: true },
      { body: 'next' },
    ]);
    expect(sends()).toEqual(['next']);
  });
});

describe('the forms and buttons when the server asks the visitor to slow down', () => {
  const refusal: Ack<unknown> = {
    ok: false,
    error: { code: 'rate_limited', message: 'Too many requests.', retryAfterMs: 4_000 },
  };

  it('tells the rating and leave-a-message forms it was too quick, not that it failed', async () => {
    const { sendLeftMessage, sendRating } = await import('../../../widget/chat/form-actions.ts');
    fake.reply = refusal;
    const fields = { name: 'Wang', contact: 'wang@example.com', body: 'Please call me.' };
    expect(await sendLeftMessage(client, 'a'.repeat(32), fields)).toEqual({
      ok: false,
      slow: true,
      invalid: null,
    });
    expect(await sendRating(client, 'c1', 5, '')).toBe('slow');
    fake.reply = { ok: false, error: { code: 'internal', message: 'Something went wrong.' } };
    expect(await sendRating(client, 'c1', 5, '')).toBe('failed');
    expect(client.state.leave).toBeNull();
  });

  it('asks the visitor to wait a moment when asking for a person was too quick', () => {
    client.desk.handoff();
    fake.emitted.find((e) => e.event === 'handoff.request')?.answer(null, refusal);
    expect(client.state.error).toBe('tooFast');
  });
});
