import type { DeskSettings, LeftMessage, QuickReply } from '../../protocol/desk.ts';
import type { DeskSettingsInput, QuickReplyInput } from '../../protocol/schemas/desk.ts';
import { request, requestEmpty, type Result } from '../rest.ts';

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
  return pick(
    request<{ leftMessage: LeftMessage }>('POST', path, { json: { note } }),
    'leftMessage',
  );
}

export function fetchQuickReplies(): Promise<Result<QuickReply[]>> {
  return pick(request<{ quickReplies: QuickReply[] }>('GET', '/api/quick-replies'), 'quickReplies');
}

export function createQuickReply(input: QuickReplyInput): Promise<Result<QuickReply>> {
  return pick(
    request<{ quickReply: QuickReply }>('POST', '/api/quick-replies', { json: input }),
    'quickReply',
  );
}

export function updateQuickReply(id: string, input: QuickReplyInput): Promise<Result<QuickReply>> {
  const path = `/api/quick-replies/${encodeURIComponent(id)}`;
  return pick(request<{ quickReply: QuickReply }>('PUT', path, { json: input }), 'quickReply');
}

export function deleteQuickReply(id: string): Promise<Result<null>> {
  return requestEmpty('DELETE', `/api/quick-replies/${encodeURIComponent(id)}`);
}

export function fetchSettings(): Promise<Result<DeskSettings>> {
  return request('GET', '/api/settings');
}

export function saveSettings(input: DeskSettingsInput): Promise<Result<DeskSettings>> {
  return request('PUT', '/api/settings', { json: input });
}
