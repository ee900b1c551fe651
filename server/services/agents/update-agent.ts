import type { z } from 'zod';
import type { AgentAdmin } from '../../../protocol/index.ts';
import type { agentUpdateSchema } from '../../../protocol/schemas/admin.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { keepAnActiveAdmin, refuseTakenEmail, requireDepartments } from './account-rules.ts';
import { oneAtATime } from './admin-lock.ts';
import { agentAdmin, existingAgent } from './list-agents.ts';

/**
 * Changes an account's profile: e-mail, name, role, departments, chat limit, language. The
 * agent's open console tabs follow the new departments at once (`agent.updated`).
 */
export async function updateAgent(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>,
  id: string,
  input: z.output<typeof agentUpdateSchema>,
): Promise<AgentAdmin> {
  await oneAtATime(deps.store, async () => {
    const before = await existingAgent(deps, id);
    if (input.role !== 'admin') await keepAnActiveAdmin(deps, before, 'demote');
    await requireDepartments(deps, input.departments);
    await refuseTakenEmail(deps, input.email, id);
    const after = { ...before, ...input, updatedAt: deps.clock.now().toISOString() };
    if (!(await deps.store.agents.update(after))) {
      throw new ServiceError('not_found', 'No such account.');
    }
    deps.events.emit('agent.updated', { before, after });
  });
  return agentAdmin(deps, id);
}
