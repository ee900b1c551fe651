import type { AgentStatus, StatusResult } from '../../../protocol/index.ts';
import type { statusSetSchema } from '../../../protocol/schemas/agent.ts';
import type { z } from 'zod';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

/** How long an agent whose last console tab closed still counts as there: a reload or a network blip is not leaving. */
export const AGENT_OFFLINE_GRACE_MS = 30_000;

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'events'>;

/** The agent picked online or away in the console. */
export function setAgentStatus(
  deps: Deps,
  agentId: string,
  input: z.output<typeof statusSetSchema>,
): Promise<StatusResult> {
  return change(deps, agentId, () => input.status);
}

/** A console tab connected: an offline agent comes online; one who chose away stays away. */
export function agentArrived(deps: Deps, agentId: string): Promise<StatusResult> {
  return change(deps, agentId, (current) => (current === 'offline' ? 'online' : current));
}

/** The agent's last console tab closed and the grace period passed without a new one. */
export function agentLeft(deps: Deps, agentId: string): Promise<StatusResult> {
  return change(deps, agentId, () => 'offline');
}

/**
 * At start-up no console tab is connected to this process, so an agent still stored online
 * (the last run crashed or was killed before the grace timer ran) is offline; away was the
 * agent's choice and stays. Runs before the server listens, so no tab needs telling. Not in a
 * cluster, where other nodes hold tabs: there the presence sweep (realtime/agent) finds them.
 * Returns how many agents it set offline.
 */
export async function presenceAfterStart(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
): Promise<number> {
  const changedAt = deps.clock.now().toISOString();
  return deps.store.agents.setStatusWhere('online', { status: 'offline', changedAt });
}

/** One status change per agent at a time: the next status is decided on the current one. */
function change(
  deps: Deps,
  agentId: string,
  next: (current: AgentStatus) => AgentStatus,
): Promise<StatusResult> {
  return deps.store.serially(`presence:${agentId}`, () => changeNow(deps, agentId, next));
}

async function changeNow(
  deps: Deps,
  agentId: string,
  next: (current: AgentStatus) => AgentStatus,
): Promise<StatusResult> {
  const current = await deps.store.agents.getStatus(agentId);
  if (!current) throw new ServiceError('not_found', 'This account no longer exists.');
  const status = next(current.status);
  if (status === current.status) return { status };
  const changedAt = deps.clock.now().toISOString();
  await deps.store.agents.setStatus(agentId, { status, changedAt });
  deps.events.emit('agent.status_changed', { agentId, status, changedAt });
  return { status };
}
