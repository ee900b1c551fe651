import { DEFAULT_LANGUAGE } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type { Logger } from '../../logger.ts';
import type { ServiceDeps } from '../deps.ts';
import { generatePassword } from './generated-password.ts';
import { hashPassword } from './password.ts';

export interface AdminSeed {
  email: string;
  /** null: generate one and show it once. */
  password: string | null;
}

/**
 * Makes sure the console can be entered: when there is no admin yet, creates one in the
 * default department. A generated password is logged this one time only; later starts find
 * the admin and log nothing, so the password does not linger in every day's logs.
 */
export async function bootstrapAdmin(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  seed: AdminSeed,
  logger: Logger,
): Promise<void> {
  if ((await deps.store.agents.countByRole('admin')) > 0) return;
  const department = await deps.store.departments.getDefault();
  const password = seed.password ?? generatePassword();
  const email = seed.email.toLowerCase();
  const now = deps.clock.now().toISOString();
  await deps.store.agents.create({
    id: newId(),
    email,
    name: 'Admin',
    role: 'admin',
    passwordHash: await hashPassword(password),
    maxChats: 5,
    lang: DEFAULT_LANGUAGE,
    disabled: false,
    createdAt: now,
    updatedAt: now,
    departments: department ? [department.id] : [],
  });
  if (seed.password === null) {
    logger.warn(`Console login: ${email} / ${password} — shown only this once, note it down`);
  } else {
    logger.info(`Console login: ${email} with the password from KEFU_ADMIN_PASSWORD`);
  }
}
