import type { LoginInput } from '../../../protocol/schemas/auth.ts';
import type { AgentRow } from '../../store/types.ts';
import { verifyAgainstNobody, verifyPassword } from '../agents/password.ts';
import type { ServiceDeps } from '../deps.ts';
import { hashToken, newToken } from '../token.ts';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from './session-policy.ts';

export interface LoginResult {
  agent: AgentRow;
  /** The cookie value; only its SHA-256 is stored. */
  token: string;
  /** Seconds until the session ends at the latest. */
  maxAgeSeconds: number;
}

/**
 * A new session for the right e-mail and password, else null. Unknown e-mails and disabled
 * accounts still run one scrypt, so the answer time does not tell which e-mails exist.
 */
export async function login(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  input: LoginInput,
): Promise<LoginResult | null> {
  const agent = await deps.store.agents.findByEmail(input.email.toLowerCase());
  const ok = agent
    ? await verifyPassword(input.password, agent.passwordHash)
    : await verifyAgainstNobody(input.password);
  if (!agent || !ok || agent.disabled) return null;

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
  return { agent, token, maxAgeSeconds: SESSION_MAX_MS / 1000 };
}
