import type { Request, RequestHandler } from 'express';
import { isOwnOrigin } from '../console-session.ts';
import { sendError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isJson(req: Request): boolean {
  const type = req.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * CSRF guard for state-changing console requests, on top of the SameSite=Strict cookie:
 * another site's page can send a form (not JSON) and always says where it comes from.
 */
export function sameOriginJson(): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (!isJson(req)) {
      return sendError(res, 403, 'forbidden', 'Send this request as JSON (application/json).');
    }
    const origin = req.get('origin');
    if (origin !== undefined && !isOwnOrigin(origin, req.get('host'))) {
      return sendError(res, 403, 'forbidden', 'Requests from other sites are not allowed.');
    }
    next();
  };
}
