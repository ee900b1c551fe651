import type { Request, RequestHandler } from 'express';
import type { TrustProxy } from '../abuse/address.ts';
import { isOwnOrigin } from '../abuse/origin.ts';
import { sendError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What an HTML form on another site can send without a CORS preflight: a guard that let
 * one of these through would let that site post with the admin's cookie.
 */
const FORM_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);

function contentType(req: Request): string | undefined {
  return req.get('content-type')?.split(';')[0]?.trim().toLowerCase();
}

/**
 * CSRF guard for state-changing console requests, on top of the SameSite=Strict cookie:
 * another site's page can send a form (not JSON, nor any type outside `FORM_TYPES` without
 * a preflight we never grant) and always says where it comes from. `types` are the body types
 * a route takes; a file upload names its own (text/csv, the XLSX type …).
 */
export function sameOrigin(types: readonly string[]): RequestHandler {
  const accepted = new Set(types.map((t) => t.toLowerCase()));
  for (const type of accepted) {
    if (FORM_TYPES.has(type)) throw new Error(`${type} can be posted by any site's form`);
  }
  const expected = [...accepted].join(' or ');
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const type = contentType(req);
    if (type === undefined || !accepted.has(type)) {
      return sendError(res, 403, 'forbidden', `Send this request as ${expected}.`);
    }
    const origin = req.get('origin');
    const trust: TrustProxy = req.app.get('trust proxy fn');
    if (origin !== undefined && !isOwnOrigin(origin, req, trust)) {
      return sendError(res, 403, 'forbidden', 'Requests from other sites are not allowed.');
    }
    next();
  };
}

export function sameOriginJson(): RequestHandler {
  return sameOrigin(['application/json']);
}
