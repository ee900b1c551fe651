import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'kefu_session';

/**
 * httpOnly so page scripts never see it; SameSite=Strict so other sites cannot send it.
 * Secure follows `req.secure`; 'trust proxy' is not set, so behind a TLS-terminating proxy
 * req.secure is false and the cookie goes without Secure (the proxy's HTTPS still covers it).
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

/** The session token from the Cookie header, or null. Tokens are base64url, so no decoding. */
export function readSessionCookie(req: Request): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}
