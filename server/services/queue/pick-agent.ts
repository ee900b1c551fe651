import type { RoutableAgent } from '../../store/types.ts';

/**
 * Who routing gives the next chat to: among agents under their limit, the one with the
 * fewest active chats; ties go to the one idle longest (assigned least recently, never
 * assigned first), then by id so the choice is stable.
 */
export function pickAgent(agents: readonly RoutableAgent[]): RoutableAgent | null {
  let best: RoutableAgent | null = null;
  for (const a of agents) {
    if (a.activeChats >= a.maxChats) continue;
    if (!best || before(a, best)) best = a;
  }
  return best;
}

function before(a: RoutableAgent, b: RoutableAgent): boolean {
  if (a.activeChats !== b.activeChats) return a.activeChats < b.activeChats;
  const idleA = a.lastAssignedAt ?? '';
  const idleB = b.lastAssignedAt ?? '';
  if (idleA !== idleB) return idleA < idleB;
  return a.id < b.id;
}
