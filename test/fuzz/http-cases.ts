import fc from 'fast-check';
import { hostileString, hostileValue } from './hostile.ts';
import type { RestTarget } from './rest-targets.ts';
import { arbitraryFor, type Hints, type Mode } from './zod-arbitrary.ts';

/** Whose session a request carries: the campaign's admin, its agent, none, or a made-up one. */
export type Cookie = 'admin' | 'agent' | 'none' | 'garbage';

export interface HttpCase {
  kind: 'http';
  target: RestTarget;
  /** The path with `:id` filled in, percent-encoded as sent. */
  path: string;
  /** Sent as is after `?` (may be empty). */
  query: string;
  contentType: string | null;
  body: string | Uint8Array | null;
  cookie: Cookie;
  /** An Origin header, e.g. another site's. */
  origin: string | null;
}

/** Percent-encodes any string, lone surrogates included (encodeURIComponent throws on them). */
function encode(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0')}`,
    )
    .join('');
}

function toQuery(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `q=${encode(JSON.stringify(value) ?? '')}`;
  }
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const values = Array.isArray(v) ? v : [v];
    for (const one of values) {
      const text = typeof one === 'string' ? one : (JSON.stringify(one) ?? '');
      parts.push(`${encode(key)}=${encode(text)}`);
    }
  }
  return parts.join('&');
}

/** Junk a query string can carry on its own: broken escapes, brackets, prototype keys, sheer size. */
const junkQuery = fc.oneof(
  fc.constantFrom(
    '%ff',
    '%E0%A4%A',
    'a=%00',
    '&&&==&',
    '__proto__=x',
    'constructor[prototype][admin]=1',
    'page[]=1&page[]=2',
    'lang=en&lang=zh-CN',
    'format=json&format=csv',
  ),
  fc.integer({ min: 2_000, max: 14_000 }).map((n) => `q=${'a'.repeat(n)}`),
  fc.integer({ min: 17_000, max: 40_000 }).map((n) => `pad=${'b'.repeat(n)}`),
);

function queryFor(target: RestTarget, mode: Mode, hints: Hints): fc.Arbitrary<string> {
  const shaped = target.query
    ? arbitraryFor(target.query, mode, hints).map(toQuery)
    : fc.constant('');
  if (mode === 'valid') return shaped;
  return fc.oneof(
    { weight: 5, arbitrary: shaped },
    { weight: 1, arbitrary: fc.tuple(shaped, junkQuery).map(([a, b]) => (a ? `${a}&${b}` : b)) },
  );
}

const pathId = (hints: Hints) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...hints.strings).map(encode) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) },
    { weight: 1, arbitrary: hostileString.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%ff', '%E0%A4%A', '..%2F..%2Fetc', '%00', 'a%2Fb') },
  );

const OTHER_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/octet-stream',
  'text/csv',
  'application/xml',
];

function jsonBody(
  target: RestTarget,
  mode: Mode,
  hints: Hints,
): fc.Arbitrary<string | Uint8Array | null> {
  const shaped = target.body ? arbitraryFor(target.body, mode, hints) : fc.constant({});
  const json = shaped.map((v) => JSON.stringify(v) ?? 'null');
  if (mode === 'valid') return target.bodyOptional ? fc.option(json) : json;
  const limit = target.bodyLimit ?? 16 * 1024;
  return fc.oneof(
    { weight: 12, arbitrary: json },
    { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{',
        '{"a":}',
        "{'a':1}",
        'undefined',
        'NaN',
        '[1,]',
        '"\\ud800"',
        '{"a":1}{"b":2}',
        '',
      ),
    },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1, max: 3 })
        .map((k) => JSON.stringify({ pad: 'x'.repeat(limit * k) })),
    },
  );
}

/** A knowledge-base file, real-looking or not. */
const uploadBody: fc.Arbitrary<string | Uint8Array | null> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 400 }),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.concat([Buffer.from('PK\u0003\u0004'), b])),
  fc
    .array(fc.array(hostileString, { maxLength: 6 }), { maxLength: 5 })
    .map((rows) => rows.map((r) => r.join(',')).join('\n')),
  hostileValue.map((v) => JSON.stringify([v]) ?? '[]'),
  fc.constant('id,question,answer\nfuzz-1,"Q ""quoted""",A\n'),
  fc.constant(null),
);

function bodyFor(target: RestTarget, mode: Mode, hints: Hints) {
  if (target.method === 'GET') return fc.constant({ contentType: null, body: null });
  const body = target.upload ? uploadBody : jsonBody(target, mode, hints);
  const types = target.upload ? (target.guard ?? []) : ['application/json'];
  const type = fc.constantFrom(...types);
  const contentType =
    mode === 'valid'
      ? type
      : fc.oneof(
          { weight: 8, arbitrary: type },
          fc.constantFrom<string | null>(...OTHER_TYPES, null),
        );
  return fc.record({ contentType, body });
}

function cookieFor(target: RestTarget, mode: Mode): fc.Arbitrary<Cookie> {
  // A session-ending route with the campaign's own cookie would sign the rest of the run out.
  if (target.endsSession) return fc.constantFrom<Cookie>('none', 'garbage');
  if (mode === 'hostile')
    return fc.constantFrom<Cookie>('admin', 'admin', 'agent', 'none', 'garbage');
  if (target.access === 'admin') return fc.constant('admin');
  if (target.access === 'agent') return fc.constantFrom<Cookie>('admin', 'agent');
  return fc.constant('none');
}

/** A request to one route: valid-shaped (with the right session and type) or hostile anywhere. */
export function httpCase(target: RestTarget, hints: Hints): fc.Arbitrary<HttpCase> {
  const one = (mode: Mode) =>
    fc.record({
      path: target.path.includes(':id')
        ? pathId(hints).map((id) => target.path.replace(':id', id))
        : fc.constant(target.path),
      query: queryFor(target, mode, hints),
      typed: bodyFor(target, mode, hints),
      cookie: cookieFor(target, mode),
      origin:
        mode === 'valid'
          ? fc.constant(null)
          : fc.constantFrom(null, null, null, 'https://evil.example', 'null'),
    });
  return fc
    .oneof({ weight: 1, arbitrary: one('valid') }, { weight: 2, arbitrary: one('hostile') })
    .map(({ typed, ...rest }) => ({ kind: 'http' as const, target, ...rest, ...typed }));
}
