import type { ConversationView } from '../../protocol/agent.ts';
import type { VisitorErased } from '../../protocol/data-care.ts';
import type { Language } from '../../protocol/language.ts';
import type { TranscriptList } from '../../protocol/transcripts.ts';
import { request, type Result } from '../rest.ts';
import { apiQuery, filterParams, type Filters, type TranscriptsRoute } from './route.ts';

export type ExportFormat = 'csv' | 'xlsx';
export type TranscriptFormat = 'html' | 'txt';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];
export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = ['html', 'txt'];

export function fetchTranscripts(route: TranscriptsRoute): Promise<Result<TranscriptList>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(apiQuery(route))) {
    if (value !== undefined) params.set(key, String(value));
  }
  return request('GET', `/api/transcripts?${params}`);
}

const conversationPath = (id: string) => `/api/transcripts/${encodeURIComponent(id)}`;

export function fetchConversation(id: string): Promise<Result<ConversationView>> {
  return request('GET', conversationPath(id));
}

/** Plain downloads: the browser saves what the server names, with the session cookie. */
export function transcriptHref(id: string, format: TranscriptFormat, lang: Language): string {
  return `${conversationPath(id)}/transcript.${format}?lang=${encodeURIComponent(lang)}`;
}

/** The whole result list with the current filters, not just the page on screen; headers in `lang`. */
export function exportHref(filters: Filters, format: ExportFormat, lang: Language): string {
  const params = filterParams(filters);
  params.set('lang', lang);
  return `/api/transcripts/export.${format}?${params}`;
}

/** Admins: a privacy request, everything about the visitor deleted. */
export function eraseVisitor(visitorId: string): Promise<Result<VisitorErased>> {
  return request('DELETE', `/api/admin/visitors/${encodeURIComponent(visitorId)}`);
}
