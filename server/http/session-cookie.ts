import type { Request, Response } from 'express';
import { SESSION_COOKIE, sessionTokenFrom } from '../console-session.ts';

/**
 * httpOnly so page scripts never see it; SameSite=Strict so other sites cannot send it.
 * Secure follows `req.secure`: over HTTPS to Kefu itself, or behind a TLS-terminating proxy
 * that KEFU_TRUST_PROXY trusts and that says X-Forwarded-Proto: https. An untrusted proxy's
 * header is ignored, so there the cookie goes without Secure (the proxy's HTTPS still covers it).
 */
function options(req: Request) {
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' } as const;
}

export function setSessionCookie(
  req: Request,
  res: Response,
  token: string,
  maxAgeSeconds: number,
): void {
  res.cookie(SESSION_COOKIE, token, { ...options(req), maxAge: maxAgeSeconds * 1000 });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, options(req));
}

/** The session token from the request's Cookie header, or null. */
export function readSessionCookie(req: Request): string | null {
  return sessionTokenFrom(req.headers.cookie);
}
