import type { ChatFleet } from './fleet.ts';

/** One message that reached the other side: when written and when first shown there. */
export interface Delivery {
  writtenAt: number;
  shownAt: number;
}

/**
 * Every message some other side shows (an agent's console for a visitor's message, the
 * visitor's window for an agent's), with when it was written and first shown there. Both are
 * read off one clock: the fleet runs in one process.
 */
export function deliveries(fleet: ChatFleet): Delivery[] {
  const writtenAt = new Map<string, number>();
  for (const client of [...fleet.visitors, ...fleet.agents]) {
    for (const w of client.written) writtenAt.set(w.clientId, w.at);
  }
  const firstShown = new Map<string, number>();
  for (const client of [...fleet.visitors, ...fleet.agents]) {
    for (const [clientId, at] of client.arrivals) {
      firstShown.set(clientId, Math.min(at, firstShown.get(clientId) ?? Infinity));
    }
  }
  return [...firstShown].flatMap(([clientId, shownAt]) => {
    const written = writtenAt.get(clientId);
    return written === undefined ? [] : [{ writtenAt: written, shownAt }];
  });
}
