import type { ErrorCode, RestError } from '../../protocol/index.ts';
import type { DeskSettings, LeftMessage, QuickReply } from '../../protocol/desk.ts';
import type { DeskSettingsInput, QuickReplyInput } from '../../protocol/schemas/desk.ts';

/** The server's error code, or `network` when no answer arrived at all. */
export type DeskProblem = ErrorCode | 'network';

/** `detail` is the server's own message, e.g. "shortcut: a shortcut is 1–30 letters…". */
export type Failure = { ok: false; problem: DeskProblem; detail: string };
export type Result<T> = { ok: true; data: T } | Failure;

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'invalid_input',
  429: 'rate_limited',
};
const CODES: ReadonlySet<string> = new Set<ErrorCode>([...Object.values(BY_STATUS), 'internal']);

async function failure(res: Response): Promise<Failure> {
  const fallback = BY_STATUS[res.status] ?? 'internal';
  try {
    const { error } = (await res.json()) as RestError;
    const problem = CODES.has(error.code) ? (error.code as ErrorCode) : fallback;
    return { ok: false, problem, detail: error.message };
  } catch {
    // A proxy's HTML error page, or a connection cut mid-body.
    return { ok: false, problem: fallback, detail: '' };
  }
}

/**
 * Same-origin JSON with the session cookie. Every write says `application/json`, even a
 * DELETE without a body: the server's CSRF guard refuses anything else.
 */
async function send(method: string, path: string, body?: object): Promise<Result<Response>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        method === 'GET'
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : null,
    });
  } catch {
    return { ok: false, problem: 'network', detail: '' };
  }
  return res.ok ? { ok: true, data: res } : failure(res);
}

async function request<T>(method: string, path: string, body?: object): Promise<Result<T>> {
  const res = await send(method, path, body);
  if (!res.ok) return res;
  try {
    return { ok: true, data: (await res.data.json()) as T };
  } catch {
    return { ok: false, problem: 'internal', detail: '' };
  }
}

/** The REST answers wrap their payload, e.g. `{ quickReply }`. */
async function pick<O, K extends keyof O>(
  pending: Promise<Result<O>>,
  key: K,
): Promise<Result<O[K]>> {
  const res = await pending;
  return res.ok ? { ok: true, data: res.data[key] } : res;
}

export type LeftMessageStatus = 'open' | 'handled';

export function fetchLeftMessages(status: LeftMessageStatus): Promise<Result<LeftMessage[]>> {
  return pick(
    request<{ leftMessages: LeftMessage[] }>('GET', `/api/left-messages?status=${status}`),
    'leftMessages',
  );
}

export function handleLeftMessage(id: string, note: string): Promise<Result<LeftMessage>> {
  const path = `/api/left-messages/${encodeURIComponent(id)}/handle`;
  return pick(request<{ leftMessage: LeftMessage }>('POST', path, { note }), 'leftMessage');
}

export function fetchQuickReplies(): Promise<Result<QuickReply[]>> {
  return pick(request<{ quickReplies: QuickReply[] }>('GET', '/api/quick-replies'), 'quickReplies');
}

export function createQuickReply(input: QuickReplyInput): Promise<Result<QuickReply>> {
  return pick(
    request<{ quickReply: QuickReply }>('POST', '/api/quick-replies', input),
    'quickReply',
  );
}

export function updateQuickReply(id: string, input: QuickReplyInput): Promise<Result<QuickReply>> {
  const path = `/api/quick-replies/${encodeURIComponent(id)}`;
  return pick(request<{ quickReply: QuickReply }>('PUT', path, input), 'quickReply');
}

export async function deleteQuickReply(id: string): Promise<Result<null>> {
  const res = await send('DELETE', `/api/quick-replies/${encodeURIComponent(id)}`);
  return res.ok ? { ok: true, data: null } : res;
}

export function fetchSettings(): Promise<Result<DeskSettings>> {
  return request('GET', '/api/settings');
}

export function saveSettings(input: DeskSettingsInput): Promise<Result<DeskSettings>> {
  return request('PUT', '/api/settings', input);
}
