import type { Socket } from 'socket.io-client';
import type { Ack, ErrorCode, ReplyOf, RequestOf } from '../protocol/ack.ts';
import type { AgentToServer, ServerToAgent } from '../protocol/agent.ts';

export type AgentSocket = Socket<ServerToAgent, AgentToServer>;

/** Why a request failed: the server's code, or `timeout` when no answer came (link down). */
export type Failure = ErrorCode | 'timeout';

export type Reply<T> = { ok: true; data: T } | { ok: false; problem: Failure };

type Request = keyof AgentToServer;
type Input<E extends Request> = RequestOf<AgentToServer, E>;
type Output<E extends Request> = ReplyOf<AgentToServer, E>;

const ACK_MS = 8_000;

/**
 * One request on the /agent socket, typed by the contract: the input and the answer follow
 * from the event name. A deadline turns a lost link into `timeout` instead of a promise that
 * never settles.
 */
export async function ask<E extends Request>(
  socket: AgentSocket,
  event: E,
  input: Input<E>,
): Promise<Reply<Output<E>>> {
  // Socket.IO's own types cannot follow a generic event name (emitWithAck resolves to `any`);
  // this function's signature carries the contract instead.
  const timed = socket.timeout(ACK_MS) as unknown as {
    emitWithAck(event: E, input: Input<E>): Promise<Ack<Output<E>>>;
  };
  try {
    const ack = await timed.emitWithAck(event, input);
    return ack.ok ? ack : { ok: false, problem: ack.error.code };
  } catch {
    return { ok: false, problem: 'timeout' };
  }
}

/** Ids the server accepts (8–64 url-safe characters), also outside secure contexts. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
