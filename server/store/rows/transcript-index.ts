/** A message as both engines read it for the transcript search index, and its page address. */
import type { Author } from '../../../protocol/index.ts';

export interface IndexedMessageRaw {
  rowid: number;
  conversation: number;
  conversation_id: string;
  author: Author;
  body: string;
  payload: string;
}

/** The page address a visitor message was written from, if its payload names one. */
export function pageUrlOf(payload: string): string | null {
  // Most payloads are '{}': only those that mention a page are worth parsing.
  if (!payload.includes('"page"')) return null;
  const page: unknown = (JSON.parse(payload) as { page?: unknown }).page;
  if (typeof page !== 'object' || page === null || !('url' in page)) return null;
  return typeof page.url === 'string' && page.url !== '' ? page.url : null;
}
