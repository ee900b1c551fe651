import type { LoginInput } from '../../../protocol/schemas/auth.ts';
import type { AgentRow } from '../../store/types.ts';
import { verifyAgainstNobody, verifyPassword } from '../agents/password.ts';
import type { ServiceDeps } from '../deps.ts';
import { hashToken, newToken } from '../token.ts';
import { attemptFailed, attemptSucceeded, beginAttempt } from './login-throttle.ts';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from './session-policy.ts';

export interface LoginResult {
  agent: AgentRow;
  /** The cookie value; only its SHA-256 is stored. */
  token: string;
  /** Seconds until the session ends at the latest. */
  maxAgeSeconds: number;
}

export type LoginOutcome =
  | ({ kind: 'signed_in' } & LoginResult)
  | { kind: 'refused' }
  /** Too many failures: no password is checked until then. */
  | { kind: 'locked'; retryAt: Date };

/**
 * A new session for the right e-mail and password. Unknown e-mails and disabled accounts still
 * run one scrypt and count towards the lockout like any other, so neither the answer nor its
 * time tells which e-mails exist. `ip` is the address the attempt came from.
 */
export async function login(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  input: LoginInput,
  ip: string,
): Promise<LoginOutcome> {
  const email = input.email.toLowerCase();
  const attempt = await beginAttempt(deps, email, ip);
  if (attempt.lockedUntil) return { kind: 'locked', retryAt: attempt.lockedUntil };

  const agent = await deps.store.agents.findByEmail(email);
  const ok = agent
    ? await verifyPassword(input.password, agent.passwordHash)
    : await verifyAgainstNobody(input.password);
  if (!agent || !ok || agent.disabled) {
    const lockedUntil = await attemptFailed(deps, attempt);
    return lockedUntil ? { kind: 'locked', retryAt: lockedUntil } : { kind: 'refused' };
  }
  await attemptSucceeded(deps, attempt);

  const now = deps.clock.now();
  await deps.store.agentSessions.deleteStale({
    expiresBefore: now.toISOString(),
    lastSeenBefore: new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
  });
  const token = newToken();
  await deps.store.agentSessions.create({
    id: hashToken(token),
    agentId: agent.id,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_MAX_MS).toISOString(),
  });
  return { kind: 'signed_in', agent, token, maxAgeSeconds: SESSION_MAX_MS / 1000 };
}
