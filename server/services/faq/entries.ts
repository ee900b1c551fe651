import type { FaqEntry } from '../../../knowledge/index.ts';
import { pickLanguage } from '../../../protocol/index.ts';
import type { FaqEntryRow } from '../../store/types.ts';

export function rowToFaqEntry(row: FaqEntryRow): FaqEntry {
  return {
    id: row.id,
    question: row.question,
    similar: row.similar,
    keywords: row.keywords,
    answer: row.answer,
    ...(row.category && { category: row.category }),
    ...(row.department && { department: row.department }),
    ...(row.lang && { lang: row.lang }),
  };
}

export function faqEntryToRow(entry: FaqEntry, at: string): FaqEntryRow {
  return {
    id: entry.id,
    lang: pickLanguage(entry.lang),
    question: entry.question,
    similar: entry.similar,
    keywords: entry.keywords,
    answer: entry.answer,
    category: entry.category ?? null,
    department: entry.department ?? null,
    status: 'published',
    createdAt: at,
    updatedAt: at,
    version: 1,
    updatedBy: null,
  };
}
