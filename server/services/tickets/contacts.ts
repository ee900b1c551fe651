import type { TicketContacts } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

/** Every department's contacts, in department order; departments without any are left out. */
export async function listTicketContacts(
  deps: Pick<ServiceDeps, 'store'>,
): Promise<TicketContacts> {
  const map = await deps.store.tickets.contacts();
  const departments = await deps.store.departments.list();
  return {
    contacts: departments
      .filter((d) => map.has(d.id))
      .map((d) => ({ departmentId: d.id, agentIds: map.get(d.id) ?? [] })),
  };
}

/** Names who receives a department's tickets (an empty list: nobody). Active accounts only. */
export async function setTicketContacts(
  deps: Pick<ServiceDeps, 'store'>,
  departmentId: string,
  agentIds: string[],
): Promise<TicketContacts> {
  if (!(await deps.store.departments.get(departmentId))) {
    throw new ServiceError('not_found', 'No such department.');
  }
  for (const [i, id] of agentIds.entries()) {
    const agent = await deps.store.agents.get(id);
    if (!agent || agent.disabled) {
      throw new ServiceError('invalid_input', `agentIds.${i}: there is no active agent ${id}`);
    }
  }
  await deps.store.tickets.setContacts(departmentId, agentIds);
  return listTicketContacts(deps);
}
