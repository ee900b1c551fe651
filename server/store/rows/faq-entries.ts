/** faq_entries and faq_revisions rows as both engines hold them (lists as JSON), and mappers. */
import type { Language } from '../../../protocol/index.ts';
import type { FaqEntryRow, FaqRevisionAction, FaqRevisionRow, FaqStatus } from '../types.ts';

/** A faq_entries row (lists as JSON text). */
export interface FaqEntryRaw {
  id: string;
  lang: Language | null;
  question: string;
  similar: string;
  keywords: string;
  answer: string;
  category: string | null;
  department: string | null;
  status: FaqStatus;
  created_at: string;
  updated_at: string;
  version: number;
  updated_by: string | null;
}

export interface FaqRevisionRaw {
  id: number;
  entry_id: string;
  version: number;
  action: FaqRevisionAction;
  snapshot: string;
  agent_id: string | null;
  at: string;
}

export const toEntryRow = (r: FaqEntryRaw): FaqEntryRow => ({
  id: r.id,
  lang: r.lang,
  question: r.question,
  similar: JSON.parse(r.similar) as string[],
  keywords: JSON.parse(r.keywords) as string[],
  answer: r.answer,
  category: r.category,
  department: r.department,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
  updatedBy: r.updated_by,
});

export const toEntryRaw = (e: FaqEntryRow): FaqEntryRaw => ({
  id: e.id,
  lang: e.lang,
  question: e.question,
  similar: JSON.stringify(e.similar),
  keywords: JSON.stringify(e.keywords),
  answer: e.answer,
  category: e.category,
  department: e.department,
  status: e.status,
  created_at: e.createdAt,
  updated_at: e.updatedAt,
  version: e.version,
  updated_by: e.updatedBy,
});

export const toRevisionRow = (r: FaqRevisionRaw): FaqRevisionRow => ({
  id: r.id,
  entryId: r.entry_id,
  version: r.version,
  action: r.action,
  snapshot: JSON.parse(r.snapshot) as FaqEntryRow,
  agentId: r.agent_id,
  at: r.at,
});

/** The revision a change of `row` writes: the whole entry as saved, by whoever saved it. */
export const toRevisionRaw = (
  row: FaqEntryRow,
  action: FaqRevisionAction,
): Omit<FaqRevisionRaw, 'id'> => ({
  entry_id: row.id,
  version: row.version,
  action,
  snapshot: JSON.stringify(row),
  agent_id: row.updatedBy,
  at: row.updatedAt,
});
