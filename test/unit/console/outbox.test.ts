import { describe, expect, it } from 'vitest';
import { toSendAfterReconnect } from '../../../console/outbox.ts';
import type { Failure } from '../../../console/socket.ts';

const item = (clientId: string, failed: Failure | null) => ({ clientId, failed });

describe('the console outbox after a reconnect', () => {
  it('sends again, in written order, what was in flight and what timed out or was held', () => {
    const pending = [
      item('a', null), // in flight when the link dropped: its answer is lost with it
      item('b', 'timeout'),
      item('c', 'forbidden'), // refused by the server: sending it again changes nothing
      item('d', 'timeout'), // written while offline, held until now
    ];
    expect(toSendAfterReconnect(pending).map((p) => p.clientId)).toEqual(['a', 'b', 'd']);
  });

  it('keeps a refusal for the agent to see rather than repeating it', () => {
    expect(toSendAfterReconnect([item('x', 'invalid_input'), item('y', 'conflict')])).toEqual([]);
  });
});
