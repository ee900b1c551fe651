import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import proxyAddr from 'proxy-addr';

/** Express's compiled 'trust proxy' setting (`app.get('trust proxy fn')`): is hop `i` at `addr` a proxy we trust? */
export type TrustProxy = (addr: string, i: number) => boolean;

/**
 * The client's address by Express's own rule (what `req.ip` says), for the requests Express
 * never sees: Socket.IO handshakes. Behind a trusted proxy, from X-Forwarded-For.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string {
  return proxyAddr(req, trust);
}

/**
 * What a per-address limit counts under. An IPv6 user is handed a whole /64 and may use any
 * address in it, so the /64 counts as one address; an IPv4 address written as IPv6
 * (::ffff:192.0.2.1) is that IPv4 address.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const bare = address.split('%')[0] ?? address;
  return isIPv6(bare) ? `${prefix64(bare)}::/64` : address;
}

/** The first four groups of a valid IPv6 address, without leading zeros. */
function prefix64(address: string): string {
  const groups = (part: string | undefined): string[] =>
    // A dotted IPv4 tail stands for two groups.
    part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : [];
  const [head, tail] = address.split('::');
  const left = groups(head);
  const right = groups(tail);
  const all =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':');
}
