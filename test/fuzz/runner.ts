import { io, type Socket } from 'socket.io-client';
import { AGENT_NAMESPACE, VISITOR_NAMESPACE } from '../../protocol/index.ts';
import type { EventCase, FuzzCase, HandshakeCase, HttpCase, OversizedCase } from './cases.ts';
import type { Namespace } from './socket-targets.ts';

/** Longer than any honest answer takes, even with the machine busy. */
export const ANSWER_TIMEOUT_MS = 10_000;

export type ProblemKind = '5xx' | 'hang' | 'unclear' | 'accepted-invalid';

export interface Outcome {
  /** accepted: a success answer; rejected: a clear error; none: no answer was asked for. */
  verdict: 'accepted' | 'rejected' | 'none';
  problem?: { kind: ProblemKind; detail: string };
}

const ERROR_CODES = new Set([
  'invalid_input',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
]);

function clearError(value: unknown): { code: string; message: string } | null {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return null;
  if (!ERROR_CODES.has(error.code) || error.message.trim() === '') return null;
  return { code: error.code, message: error.message };
}

function socketOptions(auth: unknown, headers: Record<string, string>) {
  return {
    auth: auth as object,
    extraHeaders: headers,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  };
}

/** Connects, or rejects with the server's reason. */
export function connect(
  url: string,
  ns: Namespace,
  auth: unknown,
  headers: Record<string, string> = {},
): Promise<Socket> {
  const socket = io(`${url}${ns === 'visitor' ? VISITOR_NAMESPACE : AGENT_NAMESPACE}`, {
    ...socketOptions(auth, headers),
    timeout: ANSWER_TIMEOUT_MS,
  });
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => {
      clearTimeout(timer);
      socket.close();
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error('timeout')), ANSWER_TIMEOUT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', fail);
    // A CONNECT packet the server cannot read (auth that is not an object) closes the
    // connection itself, and socket.io-client then reports nothing on the socket.
    socket.io.once('close', (reason) => fail(new Error(`connection closed: ${reason}`)));
  });
}

/** The sockets and cookies a campaign sends with; sockets are replaced if the server drops one. */
export interface Senders {
  url: string;
  cookies: { admin: string; agent: string };
  socket(ns: Namespace, index: number): Promise<Socket>;
}

function judgeAck(ack: unknown, mustReject: boolean): Outcome {
  const ok = (ack as { ok?: unknown } | null)?.ok;
  if (ok === true) {
    return mustReject
      ? { verdict: 'accepted', problem: { kind: 'accepted-invalid', detail: 'ok ack' } }
      : { verdict: 'accepted' };
  }
  const error = ok === false ? clearError(ack) : null;
  if (!error)
    return { verdict: 'rejected', problem: { kind: 'unclear', detail: JSON.stringify(ack) } };
  if (error.code === 'internal')
    return { verdict: 'rejected', problem: { kind: '5xx', detail: error.message } };
  return { verdict: 'rejected' };
}

async function sendEvent(senders: Senders, c: EventCase, mustReject: boolean): Promise<Outcome> {
  if (frameBytes(c.args) > LARGE_FRAME) {
    return sendLarge(senders, c.target.ns, c.target.event, c.args, mustReject);
  }
  const socket = await senders.socket(c.target.ns, c.socket);
  if (!c.ack) {
    socket.emit(c.target.event, ...c.args);
    return { verdict: 'none' };
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve({ verdict: 'none', problem: { kind: 'hang', detail: 'no ack' } });
    }, ANSWER_TIMEOUT_MS);
    socket.emit(c.target.event, ...c.args, (ack: unknown) => {
      clearTimeout(timer);
      resolve(judgeAck(ack, mustReject));
    });
  });
}

function cookieHeader(senders: Senders, c: HttpCase): Record<string, string> {
  if (c.cookie === 'admin') return { cookie: senders.cookies.admin };
  if (c.cookie === 'agent') return { cookie: senders.cookies.agent };
  if (c.cookie === 'garbage') return { cookie: 'kefu_session=not-a-session; other=%ff' };
  return {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function sendHttp(senders: Senders, c: HttpCase, mustReject: boolean): Promise<Outcome> {
  const headers: Record<string, string> = { ...cookieHeader(senders, c) };
  if (c.contentType !== null) headers['content-type'] = c.contentType;
  if (c.origin !== null) headers.origin = c.origin;
  let res: Response;
  try {
    res = await fetch(`${senders.url}${c.path}${c.query ? `?${c.query}` : ''}`, {
      method: c.target.method,
      headers,
      body: typeof c.body === 'string' || c.body === null ? c.body : new Uint8Array(c.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
  } catch (err) {
    // A connection the server cuts is judged by the health check after the chunk.
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    return {
      verdict: 'none',
      problem: { kind: timedOut ? 'hang' : 'unclear', detail: String(err) },
    };
  }
  const text = await res.text();
  if (res.status >= 500)
    return {
      verdict: 'rejected',
      problem: { kind: '5xx', detail: `${res.status} ${text.slice(0, 200)}` },
    };
  if (res.status < 400) {
    return mustReject
      ? { verdict: 'accepted', problem: { kind: 'accepted-invalid', detail: `${res.status}` } }
      : { verdict: 'accepted' };
  }
  // Node itself answers a request whose head is too large, before Express sees it.
  if (res.status === 431) return { verdict: 'rejected' };
  if (!clearError(parseJson(text))) {
    return {
      verdict: 'rejected',
      problem: { kind: 'unclear', detail: `${res.status} ${text.slice(0, 200)}` },
    };
  }
  return { verdict: 'rejected' };
}

async function tryHandshake(url: string, c: HandshakeCase): Promise<Outcome> {
  try {
    const socket = await connect(url, c.ns, c.auth, c.headers);
    socket.close();
    return { verdict: 'accepted', problem: { kind: 'accepted-invalid', detail: 'connected' } };
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    if (message === 'timeout')
      return { verdict: 'none', problem: { kind: 'hang', detail: message } };
    if (!message) return { verdict: 'rejected', problem: { kind: 'unclear', detail: String(err) } };
    return { verdict: 'rejected' };
  }
}

/**
 * Frames from this size on go on a socket of their own: Socket.IO refuses a frame over its
 * limit (server/app.ts: maxHttpBufferSize 64,000 bytes) by closing the connection, which
 * would fail every other case waiting on a shared socket. A little below it, for the framing.
 */
const LARGE_FRAME = 60_000;

function frameBytes(args: unknown[]): number {
  return Buffer.byteLength(JSON.stringify(args) ?? '');
}

/**
 * Sends one large frame on a new socket: the server must close the connection or answer
 * with a clear error, and must not accept what its schema refuses.
 */
async function sendLarge(
  senders: Senders,
  ns: Namespace,
  event: string,
  args: unknown[],
  mustReject: boolean,
): Promise<Outcome> {
  const auth = ns === 'visitor' ? (await senders.socket('visitor', 0)).auth : {};
  const headers: Record<string, string> = ns === 'agent' ? { cookie: senders.cookies.admin } : {};
  const socket = await connect(senders.url, ns, auth, headers);
  return new Promise((resolve) => {
    const done = (outcome: Outcome) => {
      clearTimeout(timer);
      socket.close();
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      done({ verdict: 'none', problem: { kind: 'hang', detail: 'neither closed nor acked' } });
    }, ANSWER_TIMEOUT_MS);
    socket.once('disconnect', () => done({ verdict: 'rejected' }));
    socket.emit(event, ...args, (ack: unknown) => done(judgeAck(ack, mustReject)));
  });
}

async function sendOversized(senders: Senders, c: OversizedCase): Promise<Outcome> {
  return sendLarge(senders, c.ns, c.event, [{ body: 'x'.repeat(c.chars) }], true);
}

function route(senders: Senders, c: FuzzCase, mustReject: boolean): Promise<Outcome> {
  switch (c.kind) {
    case 'event':
      return sendEvent(senders, c, mustReject);
    case 'http':
      return sendHttp(senders, c, mustReject);
    case 'handshake':
      return tryHandshake(senders.url, c);
    case 'oversized':
      return sendOversized(senders, c);
  }
}

/** Sends one case and judges the answer; never throws (a socket that cannot connect is a problem too). */
export async function execute(
  senders: Senders,
  c: FuzzCase,
  mustReject: boolean,
): Promise<Outcome> {
  try {
    return await route(senders, c, mustReject);
  } catch (err) {
    const detail = `could not send: ${err instanceof Error ? err.message : String(err)}`;
    return { verdict: 'none', problem: { kind: 'unclear', detail } };
  }
}
