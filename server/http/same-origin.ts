import type { Request, RequestHandler } from 'express';
import { sendError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isJson(req: Request): boolean {
  const type = req.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * Compares hosts, not full origins: without 'trust proxy' Kefu cannot tell whether the
 * browser used https in front of a proxy, but the Host header is what the browser typed.
 */
function isOwnOrigin(origin: string, req: Request): boolean {
  try {
    return new URL(origin).host === req.get('host')?.toLowerCase();
  } catch {
    return false;
  }
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
    if (origin !== undefined && !isOwnOrigin(origin, req)) {
      return sendError(res, 403, 'forbidden', 'Requests from other sites are not allowed.');
    }
    next();
  };
}
