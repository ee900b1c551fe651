import type { AgentAdmin } from '../../../protocol/index.ts';
import { presentAgentAdmin } from '../../presenters/admin.ts';
import type { AgentRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

type Deps = Pick<ServiceDeps, 'store'>;

/** Every account, active or not, with its status and how many chats it holds. */
export async function listAgents(deps: Deps): Promise<AgentAdmin[]> {
  const [agents, load] = await Promise.all([
    deps.store.agents.list(),
    deps.store.conversations.countActiveByAgent(),
  ]);
  const statuses = await Promise.all(agents.map((a) => deps.store.agents.getStatus(a.id)));
  return agents.map((a, i) =>
    presentAgentAdmin(a, statuses[i]?.status ?? 'offline', load.get(a.id) ?? 0),
  );
}

/** One account as the list shows it, read again after a change. */
export async function agentAdmin(deps: Deps, id: string): Promise<AgentAdmin> {
  const row = await existingAgent(deps, id);
  const [status, held] = await Promise.all([
    deps.store.agents.getStatus(id),
    deps.store.conversations.listActiveFor(id),
  ]);
  return presentAgentAdmin(row, status?.status ?? 'offline', held.length);
}

export async function existingAgent(deps: Deps, id: string): Promise<AgentRow> {
  const row = await deps.store.agents.get(id);
  if (!row) throw new ServiceError('not_found', 'No such account.');
  return row;
}
