import type { Logger } from '../../logger.ts';
import { agentLeft } from '../../services/agents/presence.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import type { Timers } from '../../timers.ts';
import type { AgentNamespace } from './types.ts';

/** How often each node compares the agents stored online with the console tabs connected. */
export const PRESENCE_SWEEP_MS = 60_000;

/**
 * In a cluster no node sees every console tab, and a node that dies never reports its tabs
 * closed: those agents would stay online with nobody there. Every node therefore looks, once a
 * minute, for agents stored online without a console tab on any node (Socket.IO asks every
 * node through the adapter), and sets offline those missing at two looks in a row: more than
 * the grace a reload or a network blip gets. Returns a function that stops it.
 */
export function sweepPresence(
  nsp: AgentNamespace,
  deps: ServiceDeps,
  timers: Timers,
  logger: Logger,
): () => void {
  let missing = new Set<string>();
  let cancel = timers.set(look, PRESENCE_SWEEP_MS);
  let stopped = false;

  function look(): void {
    sweep()
      .catch((err: unknown) => logger.error({ err }, 'presence: the sweep failed'))
      .finally(() => {
        if (!stopped) cancel = timers.set(look, PRESENCE_SWEEP_MS);
      });
  }

  async function sweep(): Promise<void> {
    const online: string[] = [];
    for (const agent of await deps.store.agents.list()) {
      if ((await deps.store.agents.getStatus(agent.id))?.status === 'online') online.push(agent.id);
    }
    const present = new Set((await nsp.fetchSockets()).map((s) => s.data.agentId));
    const now = new Set(online.filter((id) => !present.has(id)));
    for (const agentId of now) {
      if (missing.has(agentId)) await agentLeft(deps, agentId);
    }
    missing = now;
  }

  return () => {
    stopped = true;
    cancel();
  };
}
