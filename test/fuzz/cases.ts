import fc from 'fast-check';
import { hostileString, hostileValue } from './hostile.ts';
import { httpCase, type HttpCase } from './http-cases.ts';
import { REST_TARGETS } from './rest-targets.ts';
import { EVENT_TARGETS, type EventTarget, type Namespace } from './socket-targets.ts';
import { arbitraryFor, type Hints } from './zod-arbitrary.ts';

export type { HttpCase } from './http-cases.ts';

/** An event on an authenticated socket: `args` go on the wire, then the ack callback if `ack`. */
export interface EventCase {
  kind: 'event';
  target: EventTarget;
  args: unknown[];
  ack: boolean;
  /** Which of the campaign's sockets of that namespace sends it. */
  socket: number;
}

/** A connection attempt with a made-up visitor token or console cookie. */
export interface HandshakeCase {
  kind: 'handshake';
  ns: Namespace;
  auth: unknown;
  headers: Record<string, string>;
}

/** One frame over Socket.IO's size limit: the server must drop that connection, nothing else. */
export interface OversizedCase {
  kind: 'oversized';
  ns: Namespace;
  event: string;
  chars: number;
}

export type FuzzCase = EventCase | HttpCase | HandshakeCase | OversizedCase;

export function describeCase(c: FuzzCase): string {
  const short = (v: unknown) => {
    let text: string;
    try {
      text = JSON.stringify(v) ?? String(v);
    } catch {
      text = String(v);
    }
    return text.length > 160 ? `${text.slice(0, 160)}… (${text.length} chars)` : text;
  };
  switch (c.kind) {
    case 'event':
      return `${c.target.ns} ${c.target.event} ${short(c.args)}${c.ack ? '' : ' (no ack)'}`;
    case 'http':
      return `${c.target.method} ${c.path}?${short(c.query)} [${c.contentType}] ${short(c.body)}`;
    case 'handshake':
      return `${c.ns} handshake ${short(c.auth)} ${short(c.headers)}`;
    case 'oversized':
      return `${c.ns} ${c.event} with a ${c.chars}-character frame`;
  }
}

function eventCase(target: EventTarget, hints: Hints): fc.Arbitrary<EventCase> {
  const payload = fc.oneof(
    { weight: 2, arbitrary: arbitraryFor(target.schema, 'valid', hints) },
    { weight: 5, arbitrary: arbitraryFor(target.schema, 'hostile', hints) },
    { weight: 1, arbitrary: hostileValue },
  );
  const shape = fc.oneof(
    { weight: 40, arbitrary: payload.map((p) => ({ args: [p], ack: true })) },
    { weight: 2, arbitrary: payload.map((p) => ({ args: [p], ack: false })) },
    { weight: 1, arbitrary: fc.constant({ args: [] as unknown[], ack: true }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(payload, fc.array(hostileValue, { minLength: 1, maxLength: 2 }))
        .map(([p, extra]) => ({ args: [p, ...extra], ack: true })),
    },
  );
  return fc
    .tuple(shape, fc.nat(1))
    .map(([s, socket]) => ({ kind: 'event' as const, target, ...s, socket }));
}

const handshakeCase: fc.Arbitrary<HandshakeCase> = fc.oneof(
  fc
    .oneof(
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((token) => ({ token })),
      hostileString.map((token) => ({ token, lang: 'en' })),
      hostileValue,
    )
    .map((auth) => ({ kind: 'handshake' as const, ns: 'visitor' as const, auth, headers: {} })),
  fc
    .oneof(
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((t) => ({ cookie: `kefu_session=${t}` })),
      fc.constant({ cookie: 'kefu_session=' }),
      fc.constant({ cookie: 'kefu_session=%ff%00; kefu_session=x' }),
      fc.constant({ origin: 'https://evil.example', cookie: 'kefu_session=abc' }),
      fc.constant({}),
    )
    .map((headers) => ({ kind: 'handshake' as const, ns: 'agent' as const, auth: {}, headers })),
);

const oversizedCase: fc.Arbitrary<OversizedCase> = fc
  .tuple(fc.constantFrom(...EVENT_TARGETS), fc.integer({ min: 70_000, max: 200_000 }))
  .map(([t, chars]) => ({ kind: 'oversized' as const, ns: t.ns, event: t.event, chars }));

/**
 * Every socket event and REST route with valid-shaped, mutated and hostile input, in about
 * equal parts per target; handshakes and oversized frames now and then.
 */
export function caseArbitrary(hints: Hints): fc.Arbitrary<FuzzCase> {
  const events = EVENT_TARGETS.map((t) => eventCase(t, hints));
  const routes = REST_TARGETS.map((t) => httpCase(t, hints));
  return fc.oneof(
    { weight: 45, arbitrary: fc.oneof(...events) },
    { weight: 52, arbitrary: fc.oneof(...routes) },
    { weight: 2, arbitrary: handshakeCase },
    { weight: 1, arbitrary: oversizedCase },
  );
}
