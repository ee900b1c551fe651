import { describe, expect, it } from 'vitest';
import { pickAgent } from '../../server/services/queue/pick-agent.ts';
import { estimateWait } from '../../server/services/queue/queue-status.ts';

const agent = (
  id: string,
  activeChats: number,
  maxChats: number,
  lastAssignedAt: string | null,
) => ({
  id,
  activeChats,
  maxChats,
  lastAssignedAt,
});

describe('pickAgent', () => {
  it('picks the fewest active chats, skipping agents at their limit', () => {
    expect(
      pickAgent([agent('a', 2, 5, null), agent('b', 1, 5, null), agent('c', 0, 0, null)])?.id,
    ).toBe('b');
  });

  it('breaks ties by the longest idle, never assigned first', () => {
    const agents = [
      agent('a', 1, 5, '2025-03-01T08:05:00Z'),
      agent('b', 1, 5, '2025-03-01T08:01:00Z'),
      agent('c', 1, 5, null),
    ];
    expect(pickAgent(agents)?.id).toBe('c');
    expect(pickAgent(agents.slice(0, 2))?.id).toBe('b');
  });

  it('gives nobody when everyone is full', () => {
    expect(pickAgent([agent('a', 3, 3, null)])).toBeNull();
    expect(pickAgent([])).toBeNull();
  });
});

describe('estimateWait', () => {
  it('has no estimate without history', () => {
    expect(estimateWait([], 3)).toBeNull();
  });

  it('scales the median recent wait by the place in line', () => {
    expect(estimateWait([10, 30, 600], 1)).toBe(30);
    expect(estimateWait([10, 30, 600], 3)).toBe(90);
    expect(estimateWait([20, 40], 2)).toBe(60);
  });
});
