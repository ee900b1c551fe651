import type { QueueStatus } from '../../../protocol/index.ts';
import type { ConversationRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';

/** How many recent assignments of the department the wait estimate looks at. */
const RECENT_WAITS = 20;

/**
 * Seconds until a visitor at `position` is likely picked up: the median recent wait per
 * place in line. Null without history, rather than a made-up number.
 */
export function estimateWait(recentWaits: readonly number[], position: number): number | null {
  if (recentWaits.length === 0) return null;
  const sorted = [...recentWaits].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(median * position);
}

/** Every waiting conversation of a department with its place and estimate, first in line first. */
export async function departmentQueue(
  deps: Pick<ServiceDeps, 'store'>,
  departmentId: string,
): Promise<QueueStatus[]> {
  const queued = await deps.store.conversations.listQueued([departmentId]);
  const waits = await deps.store.conversations.recentWaits(departmentId, RECENT_WAITS);
  return queued.map((c, i) => ({
    conversationId: c.id,
    position: i + 1,
    estimatedWaitSeconds: estimateWait(waits, i + 1),
  }));
}

/** One waiting conversation's place, for a visitor who reconnects. */
export async function queueStatusOf(
  deps: Pick<ServiceDeps, 'store'>,
  conversation: ConversationRow,
): Promise<QueueStatus | null> {
  if (conversation.status !== 'queued' || !conversation.departmentId) return null;
  const position = (await deps.store.conversations.countAhead(conversation)) + 1;
  const waits = await deps.store.conversations.recentWaits(conversation.departmentId, RECENT_WAITS);
  return {
    conversationId: conversation.id,
    position,
    estimatedWaitSeconds: estimateWait(waits, position),
  };
}
