/** A quick_replies row as both engines hold it, and its mapper. */
import type { Language } from '../../../protocol/index.ts';
import type { QuickReplyRow } from '../types.ts';

export interface QuickReplyRaw {
  id: string;
  lang: Language;
  shortcut: string;
  body: string;
  sort: number;
  created_at: string;
  updated_at: string;
}

export const toQuickReplyRow = (r: QuickReplyRaw): QuickReplyRow => ({
  id: r.id,
  lang: r.lang,
  shortcut: r.shortcut,
  body: r.body,
  sort: r.sort,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
