import type { ErrorCode, RestError } from '../protocol/index.ts';

/** The server's error code, or `network` when no answer arrived at all. */
export type RestProblem = ErrorCode | 'network';

/** `detail` is the server's own message, e.g. "shortcut: a shortcut is 1–30 letters…". */
export type Failure = { ok: false; problem: RestProblem; detail: string; retryAt?: string };
export type Result<T> = { ok: true; data: T } | Failure;

/** What goes in a request: JSON, or a file sent as it is (the import upload). */
export type Body = { json: object } | { file: Blob; type: string };

/** For answers whose body is not the server's JSON error (a proxy's page). */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'invalid_input',
  415: 'invalid_input',
  429: 'rate_limited',
};
const CODES: ReadonlySet<string> = new Set<ErrorCode>([...Object.values(BY_STATUS), 'internal']);

async function failure(res: Response): Promise<Failure> {
  const fallback = BY_STATUS[res.status] ?? 'internal';
  try {
    const { error } = (await res.json()) as RestError;
    const problem = CODES.has(error.code) ? (error.code as ErrorCode) : fallback;
    return {
      ok: false,
      problem,
      detail: error.message,
      ...(error.retryAt && { retryAt: error.retryAt }),
    };
  } catch {
    // A proxy's HTML error page, or a connection cut mid-body.
    return { ok: false, problem: fallback, detail: '' };
  }
}

/**
 * Same-origin with the session cookie. Every write without a file says `application/json`,
 * even a DELETE without a body: the server's CSRF guard refuses anything else.
 */
export async function send(method: string, path: string, body?: Body): Promise<Result<Response>> {
  const type = body && 'file' in body ? body.type : 'application/json';
  const headers: Record<string, string> = method === 'GET' ? {} : { 'Content-Type': type };
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...headers },
      body: !body ? null : 'file' in body ? body.file : JSON.stringify(body.json),
    });
  } catch {
    return { ok: false, problem: 'network', detail: '' };
  }
  return res.ok ? { ok: true, data: res } : failure(res);
}

/** The answer's JSON; an answer that is not JSON counts as the server's fault. */
export async function request<T>(method: string, path: string, body?: Body): Promise<Result<T>> {
  const res = await send(method, path, body);
  if (!res.ok) return res;
  try {
    return { ok: true, data: (await res.data.json()) as T };
  } catch {
    return { ok: false, problem: 'internal', detail: '' };
  }
}

/** For answers without a body (204). */
export async function requestEmpty(method: string, path: string): Promise<Result<null>> {
  const res = await send(method, path);
  return res.ok ? { ok: true, data: null } : res;
}
