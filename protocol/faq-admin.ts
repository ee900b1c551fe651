import type { Language } from './language.ts';

/** published: the bot answers with it; draft: kept, not answered with. */
export type FaqEntryStatus = 'published' | 'draft';

/** How an entry has done since it was created. */
export interface FaqEntryStats {
  /** Times the bot answered with it. */
  hits: number;
  helpful: number;
  unhelpful: number;
  /** Times the visitor asked for a person right after this answer. */
  handoffsAfter: number;
}

/** REST: an entry as the admin console sees it. */
export interface FaqEntryAdmin {
  id: string;
  lang: Language | null;
  question: string;
  /** 相似问法 */
  similar: string[];
  keywords: string[];
  /** Markdown: links, lists, bold, images by URL. */
  answer: string;
  category: string | null;
  department: string | null;
  status: FaqEntryStatus;
  /** Goes up by one with every saved change; a save names the version it edited. */
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedByName: string | null;
  stats: FaqEntryStats;
}

export type FaqRevisionAction = 'created' | 'updated' | 'deleted' | 'restored' | 'imported';

/** One saved state of an entry: who, when, what it was then. */
export interface FaqRevision {
  id: number;
  entryId: string;
  version: number;
  action: FaqRevisionAction;
  /** The entry as saved then (after the change); for `deleted`, as it was when deleted. */
  entry: Omit<FaqEntryAdmin, 'stats' | 'updatedByName' | 'createdAt' | 'updatedAt' | 'version'>;
  agentId: string | null;
  agentName: string | null;
  at: string;
}

/** REST: GET /api/faq → one page of the list. */
export interface FaqList {
  entries: FaqEntryAdmin[];
  total: number;
  /** Every category and department in use, for the filters. */
  categories: string[];
  departments: string[];
}

/** REST: GET /api/faq/:id */
export interface FaqEntryDetail {
  entry: FaqEntryAdmin;
  /** Newest first. */
  revisions: FaqRevision[];
}

/** REST: POST /api/faq/test → how the bot would treat a question. */
export interface FaqTestResult {
  tokens: string[];
  decision: 'answer' | 'suggest' | 'none';
  /** The top five, best first. */
  candidates: {
    id: string;
    question: string;
    score: number;
    confidence: number;
    matchedField: 'question' | 'similar' | 'keywords';
    matchedText: string;
  }[];
}

/** One row of an import that cannot be taken, with the reason. */
export interface ImportProblem {
  /** 1-based, as the spreadsheet shows it (the header is row 1). */
  row: number;
  reason: string;
}

/** REST: POST /api/faq/import?apply=false|true → the dry run, or what was applied. */
export interface ImportReport {
  format: 'xlsx' | 'csv' | 'json';
  added: string[];
  changed: string[];
  unchanged: string[];
  invalid: ImportProblem[];
  /** False for a dry run, and when any row is invalid: nothing is written then. */
  applied: boolean;
}
