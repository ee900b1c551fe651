import type { AgentAdmin, AgentStatus, DepartmentAdmin } from '../../protocol/index.ts';
import type { AgentRow, DepartmentRow, DepartmentUsage } from '../store/types.ts';
import { presentAgent } from './agent.ts';

/** An account for the admin's list: the profile (never the hash), whether it may sign in, its load. */
export function presentAgentAdmin(
  row: AgentRow,
  status: AgentStatus,
  activeChats: number,
): AgentAdmin {
  return {
    ...presentAgent(row),
    active: !row.disabled,
    status,
    activeChats,
    createdAt: row.createdAt,
  };
}

export function presentDepartmentAdmin(
  row: DepartmentRow,
  usage: DepartmentUsage,
  blockedBy: DepartmentAdmin['blockedBy'],
): DepartmentAdmin {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    isDefault: row.isDefault,
    agents: usage.agents,
    openChats: usage.openChats,
    deletable: blockedBy === null,
    blockedBy,
  };
}
