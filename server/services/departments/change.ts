import type { z } from 'zod';
import type { DepartmentAdmin } from '../../../protocol/index.ts';
import type {
  departmentCreateSchema,
  departmentRenameSchema,
} from '../../../protocol/schemas/admin.ts';
import { oneAtATime } from '../agents/admin-lock.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { departmentAdmin, listDepartments } from './list.ts';

type Deps = Pick<ServiceDeps, 'store' | 'clock'>;

const notFound = () => new ServiceError('not_found', 'No such department.');

async function shown(deps: Deps, id: string): Promise<DepartmentAdmin> {
  const found = await departmentAdmin(deps, id);
  if (!found) throw notFound();
  return found;
}

/** A new department, not the default; agents are added to it on the 坐席 page. */
export async function createDepartment(
  deps: Deps,
  input: z.output<typeof departmentCreateSchema>,
): Promise<DepartmentAdmin> {
  await oneAtATime(deps.store, async () => {
    if (await deps.store.departments.get(input.id)) {
      throw new ServiceError('conflict', `id: there is a department "${input.id}" already`);
    }
    const createdAt = deps.clock.now().toISOString();
    await deps.store.departments.create({ ...input, isDefault: false, createdAt });
  });
  return shown(deps, input.id);
}

/** New names; the id stays, so the knowledge base and past chats still point at it. */
export async function renameDepartment(
  deps: Deps,
  id: string,
  input: z.output<typeof departmentRenameSchema>,
): Promise<DepartmentAdmin> {
  if (!(await deps.store.departments.rename(id, input))) throw notFound();
  return shown(deps, id);
}

/** Chats nothing else places go here from now on; returns the whole list, as two rows changed. */
export async function setDefaultDepartment(deps: Deps, id: string): Promise<DepartmentAdmin[]> {
  await oneAtATime(deps.store, async () => {
    if (!(await deps.store.departments.setDefault(id))) throw notFound();
  });
  return listDepartments(deps);
}
