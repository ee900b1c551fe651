import type { DepartmentAdmin } from '../../../protocol/index.ts';
import { oneAtATime } from '../agents/admin-lock.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { deleteBlocker, NO_USAGE } from './blocker.ts';

const WHY: Record<NonNullable<DepartmentAdmin['blockedBy']>, string> = {
  default: 'It is the default department: make another one the default first.',
  agents: 'Agents serve this department: move them to another one first.',
  open_chats: 'Chats are waiting or open in this department.',
  records: 'Past chats or left messages belong to it; rename it instead.',
};

/** Deletes a department nothing refers to (one set up by mistake). */
export async function deleteDepartment(deps: Pick<ServiceDeps, 'store'>, id: string) {
  await oneAtATime(deps.store, async () => {
    const department = await deps.store.departments.get(id);
    if (!department) throw new ServiceError('not_found', 'No such department.');
    const usage = (await deps.store.departments.usage()).get(id) ?? NO_USAGE;
    const blocker = await deleteBlocker(deps, department, usage);
    if (blocker) throw new ServiceError('conflict', WHY[blocker]);
    await deps.store.departments.delete(id);
  });
}
