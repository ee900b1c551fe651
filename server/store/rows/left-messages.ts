/** A left_messages row as both engines hold it, and its mapper. */
import type { Language } from '../../../protocol/index.ts';
import type { LeftMessageRow } from '../types.ts';

export interface LeftMessageRaw {
  id: string;
  visitor_id: string;
  client_id: string;
  name: string;
  contact: string;
  body: string;
  lang: Language;
  department_id: string | null;
  page_url: string | null;
  created_at: string;
  handled_at: string | null;
  handled_by: string | null;
  handled_note: string | null;
}

export const toLeftMessageRow = (r: LeftMessageRaw): LeftMessageRow => ({
  id: r.id,
  visitorId: r.visitor_id,
  clientId: r.client_id,
  name: r.name,
  contact: r.contact,
  body: r.body,
  lang: r.lang,
  departmentId: r.department_id,
  pageUrl: r.page_url,
  createdAt: r.created_at,
  handledAt: r.handled_at,
  handledBy: r.handled_by,
  handledNote: r.handled_note,
});
