import type { ServiceDeps } from '../deps.ts';
import { hashToken } from '../token.ts';

/** Ends the session the token names; an unknown or already ended one is fine. */
export async function logout(deps: Pick<ServiceDeps, 'store'>, token: string): Promise<void> {
  await deps.store.agentSessions.delete(hashToken(token));
}
