import type { z } from 'zod';
import type { AgentCreated } from '../../../protocol/index.ts';
import type { agentCreateSchema } from '../../../protocol/schemas/admin.ts';
import { newId } from '../../ids.ts';
import { presentAgentAdmin } from '../../presenters/admin.ts';
import type { AgentRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { refuseTakenEmail, requireDepartments } from './account-rules.ts';
import { oneAtATime } from './admin-lock.ts';
import { generatePassword } from './generated-password.ts';
import { hashPassword } from './password.ts';

/**
 * A new console account, offline until it signs in. Without a password from the admin one is
 * made up and handed back this once: only its hash is kept.
 */
export async function createAgent(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  input: z.output<typeof agentCreateSchema>,
): Promise<AgentCreated> {
  const { password: chosen, ...profile } = input;
  const password = chosen ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const row = await oneAtATime(deps.store, async () => {
    await requireDepartments(deps, profile.departments);
    await refuseTakenEmail(deps, profile.email, null);
    const now = deps.clock.now().toISOString();
    const agent: AgentRow = {
      id: newId(),
      ...profile,
      passwordHash,
      disabled: false,
      createdAt: now,
      updatedAt: now,
    };
    await deps.store.agents.create(agent);
    return agent;
  });
  return {
    agent: presentAgentAdmin(row, 'offline', 0),
    generatedPassword: chosen === undefined ? password : null,
  };
}
