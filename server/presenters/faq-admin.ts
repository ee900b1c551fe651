import type { FaqEntryAdmin, FaqEntryStats, FaqRevision } from '../../protocol/index.ts';
import type { FaqEntryRow, FaqRevisionRow, FaqStatsRow } from '../store/types.ts';

const NEVER_USED: FaqEntryStats = { hits: 0, helpful: 0, unhelpful: 0, handoffsAfter: 0 };

/** The edited fields of an entry, field by field so a new column never leaks by accident. */
function editable(row: FaqEntryRow): FaqRevision['entry'] {
  return {
    id: row.id,
    lang: row.lang,
    question: row.question,
    similar: row.similar,
    keywords: row.keywords,
    answer: row.answer,
    category: row.category,
    department: row.department,
    status: row.status,
  };
}

/** `updatedByName` is the last editor's current name, looked up by the caller. */
export function presentFaqEntryAdmin(
  row: FaqEntryRow,
  stats: FaqStatsRow | undefined,
  updatedByName: string | null,
): FaqEntryAdmin {
  const { hits, helpful, unhelpful, handoffsAfter } = stats ?? NEVER_USED;
  return {
    ...editable(row),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedByName,
    stats: { hits, helpful, unhelpful, handoffsAfter },
  };
}

export function presentFaqRevision(row: FaqRevisionRow, agentName: string | null): FaqRevision {
  return {
    id: row.id,
    entryId: row.entryId,
    version: row.version,
    action: row.action,
    entry: editable(row.snapshot),
    agentId: row.agentId,
    agentName,
    at: row.at,
  };
}
