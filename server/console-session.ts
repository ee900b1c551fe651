/**
 * The session cookie, read alike by HTTP routes and the console's Socket.IO handshake; no
 * framework types, so both layers use the same rule.
 */

export const SESSION_COOKIE = 'kefu_session';

/**
 * The session token from a Cookie header (also a Socket.IO handshake's), or null.
 * Tokens are base64url, so no decoding.
 */
export function sessionTokenFrom(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}
