import type { Failure } from './socket.ts';

interface Sendable {
  clientId: string;
  failed: Failure | null;
}

/**
 * What to send again, in written order, once a new connection is up: everything whose
 * answer may have been lost with the old one (still waiting, or timed out). Sending them
 * all again, oldest first, keeps the visitor's view in the order the agent wrote; the
 * clientId keeps each to one stored copy. A refusal by the server stays refused.
 */
export function toSendAfterReconnect<P extends Sendable>(pending: readonly P[]): P[] {
  return pending.filter((p) => p.failed === null || p.failed === 'timeout');
}
