import type {
  AgentAdmin,
  AgentCreated,
  DepartmentAdmin,
  PasswordReset,
  WidgetSettingsView,
} from '../../protocol/admin.ts';
import type {
  AgentCreateInput,
  AgentUpdateInput,
  DepartmentCreateInput,
  DepartmentRenameInput,
  PasswordResetInput,
  WidgetSettingsInput,
} from '../../protocol/schemas/admin.ts';
import type { IdentitySettings } from '../../protocol/identity.ts';
import type { IdentitySettingsInput } from '../../protocol/schemas/identity.ts';
import { request, requestEmpty, type Result } from '../rest.ts';

/** The REST answers wrap their payload, e.g. `{ agent }`. */
async function pick<O, K extends keyof O>(
  pending: Promise<Result<O>>,
  key: K,
): Promise<Result<O[K]>> {
  const res = await pending;
  return res.ok ? { ok: true, data: res.data[key] } : res;
}

const agentPath = (id: string, action = '') =>
  `/api/admin/agents/${encodeURIComponent(id)}${action}`;
const departmentPath = (id: string, action = '') =>
  `/api/admin/departments/${encodeURIComponent(id)}${action}`;

/** The accounts page needs both: the departments are the form's choices. */
export async function fetchTeam(): Promise<
  Result<{ agents: AgentAdmin[]; departments: DepartmentAdmin[] }>
> {
  const [agents, departments] = await Promise.all([fetchAgents(), fetchDepartments()]);
  if (!agents.ok) return agents;
  if (!departments.ok) return departments;
  return { ok: true, data: { agents: agents.data, departments: departments.data } };
}

export function fetchAgents(): Promise<Result<AgentAdmin[]>> {
  return pick(request<{ agents: AgentAdmin[] }>('GET', '/api/admin/agents'), 'agents');
}

export function createAgent(input: AgentCreateInput): Promise<Result<AgentCreated>> {
  return request('POST', '/api/admin/agents', { json: input });
}

export function updateAgent(id: string, input: AgentUpdateInput): Promise<Result<AgentAdmin>> {
  return pick(request<{ agent: AgentAdmin }>('PUT', agentPath(id), { json: input }), 'agent');
}

export function resetPassword(
  id: string,
  input: PasswordResetInput,
): Promise<Result<PasswordReset>> {
  return request('POST', agentPath(id, '/password'), { json: input });
}

export function setActive(id: string, active: boolean): Promise<Result<AgentAdmin>> {
  const path = agentPath(id, active ? '/reactivate' : '/deactivate');
  return pick(request<{ agent: AgentAdmin }>('POST', path, { json: {} }), 'agent');
}

export function fetchDepartments(): Promise<Result<DepartmentAdmin[]>> {
  return pick(
    request<{ departments: DepartmentAdmin[] }>('GET', '/api/admin/departments'),
    'departments',
  );
}

export function createDepartment(input: DepartmentCreateInput): Promise<Result<DepartmentAdmin>> {
  return pick(
    request<{ department: DepartmentAdmin }>('POST', '/api/admin/departments', { json: input }),
    'department',
  );
}

export function renameDepartment(
  id: string,
  input: DepartmentRenameInput,
): Promise<Result<DepartmentAdmin>> {
  return pick(
    request<{ department: DepartmentAdmin }>('PUT', departmentPath(id), { json: input }),
    'department',
  );
}

export function makeDefault(id: string): Promise<Result<DepartmentAdmin[]>> {
  return pick(
    request<{ departments: DepartmentAdmin[] }>('POST', departmentPath(id, '/default'), {
      json: {},
    }),
    'departments',
  );
}

export function deleteDepartment(id: string): Promise<Result<null>> {
  return requestEmpty('DELETE', departmentPath(id));
}

export function fetchWidget(): Promise<Result<WidgetSettingsView>> {
  return request('GET', '/api/admin/widget');
}

export function saveWidget(input: WidgetSettingsInput): Promise<Result<WidgetSettingsView>> {
  return request('PUT', '/api/admin/widget', { json: input });
}

export function fetchIdentity(): Promise<Result<IdentitySettings>> {
  return request('GET', '/api/admin/widget/identity');
}

export function saveIdentity(input: IdentitySettingsInput): Promise<Result<IdentitySettings>> {
  return request('PUT', '/api/admin/widget/identity', { json: input });
}

export function regenerateSecret(): Promise<Result<IdentitySettings>> {
  return request('POST', '/api/admin/widget/identity/secret', { json: {} });
}
