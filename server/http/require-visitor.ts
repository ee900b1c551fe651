import type { RequestHandler, Response } from 'express';
import { visitorTokenSchema } from '../../protocol/schemas/common.ts';
import type { ServiceDeps, VisitorActor } from '../services/deps.ts';
import { authenticateVisitor } from '../services/visitor/authenticate.ts';
import { sendError } from './errors.ts';

/**
 * The visitor's REST routes (files) take the same token as their socket, as
 * `Authorization: Bearer <token>`: a header, never a cookie, so another site cannot send it.
 */
export function requireVisitor(deps: Pick<ServiceDeps, 'store' | 'clock'>): RequestHandler {
  return async (req, res, next) => {
    const [scheme, token] = (req.get('authorization') ?? '').split(' ');
    const parsed = visitorTokenSchema.safeParse(token);
    const actor =
      scheme === 'Bearer' && parsed.success
        ? await authenticateVisitor(deps, parsed.data, undefined)
        : null;
    if (!actor) return sendError(res, 401, 'unauthorized', 'This chat session is not valid.');
    res.locals.visitor = actor;
    next();
  };
}

/** The visitor `requireVisitor` let through. */
export function signedInVisitor(res: Response): VisitorActor {
  const actor: VisitorActor | undefined = res.locals.visitor;
  if (!actor) throw new Error('signedInVisitor used on a route without requireVisitor');
  return actor;
}
