import { Router, type Response } from 'express';
import type { AuthResult, RestError } from '../../protocol/index.ts';
import { loginSchema } from '../../protocol/schemas/auth.ts';
import { addressKey } from '../abuse/address.ts';
import { presentAgent } from '../presenters/agent.ts';
import { endSessionsOf } from '../services/agents/end-sessions.ts';
import { login } from '../services/auth/login.ts';
import { logout } from '../services/auth/logout.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { sendError } from './errors.ts';
import { noStore } from './no-store.ts';
import { parseInput } from './parse-input.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.ts';

/**
 * 429 with when to try again, as a time (the console shows it in the agent's language) and
 * as Retry-After. Known and unknown e-mails lock alike, so this tells nothing about accounts.
 */
function sendLocked(res: Response, retryAt: Date, now: Date): void {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  res.set('Retry-After', String(seconds));
  res.status(429).json({
    error: {
      code: 'rate_limited',
      message: `Too many failed sign-ins. Try again after ${retryAt.toISOString()}.`,
      retryAt: retryAt.toISOString(),
    },
  } satisfies RestError);
}

/** Console sign-in: a session cookie for the right e-mail and password. */
export function authRouter(deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>): Router {
  const router = Router();
  router.use('/api/auth', sameOriginJson(), noStore);

  router.post('/api/auth/login', async (req, res) => {
    const input = parseInput(loginSchema, req.body);
    // Counted like every per-address limit: an IPv6 /64 is one customer's, however many addresses.
    const address = addressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    const result = await login(deps, input, address);
    if (result.kind === 'locked') return sendLocked(res, result.retryAt, deps.clock.now());
    // One message for both cases, so the answer does not tell which e-mails have accounts.
    if (result.kind === 'refused') {
      return sendError(res, 401, 'unauthorized', 'Wrong e-mail or password.');
    }
    setSessionCookie(req, res, result.token, result.maxAgeSeconds);
    res.json({ agent: presentAgent(result.agent) } satisfies AuthResult);
  });

  router.post('/api/auth/logout', async (req, res) => {
    const token = readSessionCookie(req);
    if (token) await logout(deps, token);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  // Every browser and device of this agent, this one included; their console tabs disconnect.
  router.post('/api/auth/logout-everywhere', requireAgent(deps), async (req, res) => {
    await endSessionsOf(deps, signedInAgent(res).agent.id);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  router.get('/api/auth/me', requireAgent(deps), (_req, res) => {
    res.json({ agent: presentAgent(signedInAgent(res).agent) } satisfies AuthResult);
  });
  return router;
}
