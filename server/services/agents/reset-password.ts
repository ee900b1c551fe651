import type { z } from 'zod';
import type { PasswordReset } from '../../../protocol/index.ts';
import type { passwordResetSchema } from '../../../protocol/schemas/admin.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { endSessionsOf } from './end-sessions.ts';
import { generatePassword } from './generated-password.ts';
import { hashPassword } from './password.ts';

/**
 * An admin sets a new password (or has one made up, shown once). Whoever knew the old one is
 * signed out: every session of the account ends, except the admin's own current one.
 */
export async function resetPassword(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>,
  actor: { sessionId: string },
  id: string,
  input: z.output<typeof passwordResetSchema>,
): Promise<PasswordReset> {
  const password = input.password ?? generatePassword();
  const hash = await hashPassword(password);
  const at = deps.clock.now().toISOString();
  if (!(await deps.store.agents.setPasswordHash(id, hash, at))) {
    throw new ServiceError('not_found', 'No such account.');
  }
  await endSessionsOf(deps, id, actor.sessionId);
  return { generatedPassword: input.password === undefined ? password : null };
}
