import type { AgentRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

type Deps = Pick<ServiceDeps, 'store'>;

/**
 * Refuses to leave the console without an active admin: `agent` is about to stop being one
 * (demoted or deactivated). Call it inside `oneAtATime`, so two admins cannot pass it together.
 */
export async function keepAnActiveAdmin(
  deps: Deps,
  agent: AgentRow,
  action: 'demote' | 'deactivate',
): Promise<void> {
  if (agent.role !== 'admin' || agent.disabled) return;
  const others = (await deps.store.agents.list()).filter(
    (a) => a.role === 'admin' && !a.disabled && a.id !== agent.id,
  );
  if (others.length > 0) return;
  const what = action === 'demote' ? 'make it an agent' : 'deactivate it';
  throw new ServiceError(
    'conflict',
    `${agent.email} is the last active admin: make another account an admin before you ${what}.`,
  );
}

/** Every department an account is put in must exist. */
export async function requireDepartments(deps: Deps, ids: readonly string[]): Promise<void> {
  const known = new Set((await deps.store.departments.list()).map((d) => d.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new ServiceError('invalid_input', `departments: there is no department "${unknown}"`);
  }
}

/** E-mails sign people in, so two accounts never share one; `self` may keep its own. */
export async function refuseTakenEmail(deps: Deps, email: string, self: string | null) {
  const owner = await deps.store.agents.findByEmail(email);
  if (owner && owner.id !== self) {
    throw new ServiceError('conflict', `email: ${email} already has an account`);
  }
}
