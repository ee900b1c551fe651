import type { IncomingMessage } from 'node:http';
import type { TrustProxy } from './address.ts';

/** A header's first value: proxies append theirs after a comma. */
function first(header: string | string[] | undefined): string | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
  return value === '' ? undefined : value;
}

/**
 * Whether a browser's Origin header names Kefu itself, as the browser reached it: the same host
 * as the Host header. Behind a trusted proxy ('trust proxy', KEFU_TRUST_PROXY) the proxy's
 * X-Forwarded-Host stands for the Host, and its X-Forwarded-Proto, when sent, must match the
 * scheme too; from anyone else those headers mean nothing. Without a trusted proxy the scheme is
 * not compared: Kefu cannot know whether the browser used https in front of a proxy.
 * The one rule for the CSRF guard of REST writes and for Socket.IO handshakes.
 */
export function isOwnOrigin(origin: string, req: IncomingMessage, trust: TrustProxy): boolean {
  const trusted = trust(req.socket.remoteAddress ?? '', 0);
  const host = (trusted ? first(req.headers['x-forwarded-host']) : undefined) ?? req.headers.host;
  const proto = trusted ? first(req.headers['x-forwarded-proto']) : undefined;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (host === undefined || url.host !== host.toLowerCase()) return false;
  return proto === undefined || url.protocol === `${proto.toLowerCase()}:`;
}
