import { parse as parseQuery } from 'node:querystring';
import type { FuzzCase, HttpCase } from './cases.ts';

const isBinary = (value: unknown) => value instanceof ArrayBuffer || ArrayBuffer.isView(value);

function hasBinary(value: unknown, depth = 0): boolean {
  if (isBinary(value)) return true;
  if (typeof value !== 'object' || value === null || depth > 2_000) return false;
  return Object.values(value).some((v) => hasBinary(v, depth + 1));
}

function jsonRoundTrip(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

/**
 * Where socket.io-client takes a binary value out of the JSON, to send it as an attachment.
 * Known by identity: `instanceof` would also match an object whose prototype became one.
 */
interface Placeholder {
  binary: unknown;
}
const placeholders = new WeakSet<object>();
const isPlaceholder = (value: unknown): value is Placeholder =>
  typeof value === 'object' && value !== null && placeholders.has(value);
function placeholder(binary: unknown): Placeholder {
  const made = { binary };
  placeholders.add(made);
  return made;
}

/** socket.io-client copies a payload with binary in it key by key, by assignment. */
function deconstruct(value: unknown): unknown {
  if (isBinary(value)) return placeholder(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(deconstruct);
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = deconstruct(v);
  return copy;
}

const hasPlaceholder = (value: unknown): boolean =>
  isPlaceholder(value) ||
  (typeof value === 'object' && value !== null && Object.values(value).some(hasPlaceholder));

/** The server parses the JSON and puts the binary back where it was. */
function decode(value: unknown): unknown {
  if (isPlaceholder(value)) return value.binary;
  if (!hasPlaceholder(value)) return jsonRoundTrip(value);
  if (Array.isArray(value)) return value.map((v) => decode(v) ?? null);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as object)) {
    const decoded = decode(v);
    if (decoded === undefined) continue;
    Object.defineProperty(out, key, {
      value: decoded,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * What the server's handler receives for a payload: JSON, except that a payload with binary
 * in it is first copied by the client by assignment, so a `__proto__` key anywhere in it
 * turns into that copy's prototype and never reaches the server at all.
 */
function overTheWire(value: unknown): unknown {
  return hasBinary(value) ? decode(deconstruct(value)) : jsonRoundTrip(value);
}

function byteLength(body: string | Uint8Array | null): number {
  if (body === null) return 0;
  return typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
}

function baseType(contentType: string | null): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function httpRejected(c: HttpCase): boolean | 'unsure' {
  const { target } = c;
  const signedIn = c.cookie === 'admin' || c.cookie === 'agent';
  if (target.access !== 'public' && !signedIn) return true;
  if (target.access === 'admin' && c.cookie === 'agent') return true;
  const type = baseType(c.contentType);
  if (target.method !== 'GET' && target.guard) {
    if (type === undefined || !target.guard.includes(type)) return true;
    if (c.origin !== null) return true;
  }
  if (target.query && !target.query.safeParse(parseQuery(c.query)).success) return true;
  if (target.upload) return byteLength(c.body) === 0 ? true : 'unsure';
  if (!target.body) return 'unsure';
  const size = byteLength(c.body);
  // A body of another type is refused; none at all is `{}` where the route allows that.
  if (type !== 'application/json') return size > 0 ? true : target.bodyOptional ? 'unsure' : true;
  if (c.contentType !== 'application/json') return 'unsure';
  if (size > (target.bodyLimit ?? 16 * 1024)) return true;
  if (size === 0) return target.bodyOptional ? !target.body.safeParse({}).success : true;
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof c.body === 'string' ? c.body : Buffer.from(c.body!).toString());
  } catch {
    return true;
  }
  // Express's JSON parser takes only objects and arrays at the top.
  if (typeof parsed !== 'object' || parsed === null) return true;
  return !target.body.safeParse(parsed).success;
}

/**
 * Whether the server must refuse the case, from the same schemas the server uses and the
 * guards in front of them. Only 'unsure' cases may be accepted; the others must get an error
 * and store nothing. An event without an ack callback must change nothing either.
 */
export function mustReject(c: FuzzCase): boolean {
  switch (c.kind) {
    case 'handshake':
    case 'oversized':
      return true;
    case 'http':
      return httpRejected(c) === true;
    case 'event': {
      if (!c.ack || c.args.length !== 1) return true;
      const [payload] = c.args;
      return !c.target.schema.safeParse(overTheWire(payload)).success;
    }
  }
}
