import type { DepartmentAdmin } from '../../../protocol/index.ts';
import type { DepartmentRow, DepartmentUsage } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';

export const NO_USAGE: DepartmentUsage = { agents: 0, openChats: 0 };

/**
 * Why a department cannot be deleted, or null. Only a department set up by mistake can go:
 * the default catches every chat nothing else places, agents and open chats need it now, and
 * past chats and left messages keep its id for the record (rename it instead).
 */
export async function deleteBlocker(
  deps: Pick<ServiceDeps, 'store'>,
  department: DepartmentRow,
  usage: DepartmentUsage,
): Promise<DepartmentAdmin['blockedBy']> {
  if (department.isDefault) return 'default';
  if (usage.agents > 0) return 'agents';
  if (usage.openChats > 0) return 'open_chats';
  return (await deps.store.departments.hasRecords(department.id)) ? 'records' : null;
}
