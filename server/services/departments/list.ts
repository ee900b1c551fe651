import type { DepartmentAdmin } from '../../../protocol/index.ts';
import { presentDepartmentAdmin } from '../../presenters/admin.ts';
import type { ServiceDeps } from '../deps.ts';
import { deleteBlocker, NO_USAGE } from './blocker.ts';

/** Every department, the default first, with who works it and whether it could be deleted. */
export async function listDepartments(
  deps: Pick<ServiceDeps, 'store'>,
): Promise<DepartmentAdmin[]> {
  const [rows, usage] = await Promise.all([
    deps.store.departments.list(),
    deps.store.departments.usage(),
  ]);
  return Promise.all(
    rows.map(async (row) => {
      const used = usage.get(row.id) ?? NO_USAGE;
      return presentDepartmentAdmin(row, used, await deleteBlocker(deps, row, used));
    }),
  );
}

/** One department as the list shows it. */
export async function departmentAdmin(
  deps: Pick<ServiceDeps, 'store'>,
  id: string,
): Promise<DepartmentAdmin | null> {
  return (await listDepartments(deps)).find((d) => d.id === id) ?? null;
}
