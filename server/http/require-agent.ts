import type { RequestHandler, Response } from 'express';
import type { Role } from '../../protocol/index.ts';
import { authenticateAgent, type AgentActor } from '../services/auth/authenticate.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { sendError } from './errors.ts';
import { readSessionCookie } from './session-cookie.ts';

/**
 * Lets a request through only with a live session cookie, and puts the agent on
 * `res.locals.agent` (read it with `signedInAgent`). `'admin'` also requires the admin role;
 * without a role, any signed-in agent or admin passes.
 */
export function requireAgent(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  role?: Role,
): RequestHandler {
  return async (req, res, next) => {
    const token = readSessionCookie(req);
    const actor = token ? await authenticateAgent(deps, token) : null;
    if (!actor) return sendError(res, 401, 'unauthorized', 'Please sign in.');
    if (role === 'admin' && actor.agent.role !== 'admin') {
      return sendError(res, 403, 'forbidden', 'Only an admin can do this.');
    }
    res.locals.agent = actor;
    next();
  };
}

/** The agent `requireAgent` let through; calling it on a route without that guard is a bug. */
export function signedInAgent(res: Response): AgentActor {
  const actor: AgentActor | undefined = res.locals.agent;
  if (!actor) throw new Error('signedInAgent used on a route without requireAgent');
  return actor;
}
