import type { Language } from '../../../protocol/index.ts';
import type { GapReason, GapResolution } from '../../../protocol/gaps.ts';

export type FaqStatus = 'published' | 'draft';

export interface FaqEntryRow {
  id: string;
  lang: Language | null;
  question: string;
  similar: string[];
  keywords: string[];
  answer: string;
  category: string | null;
  department: string | null;
  status: FaqStatus;
  createdAt: string;
  updatedAt: string;
  /** 1 on creation, +1 with every saved change (optimistic concurrency for editors). */
  version: number;
  updatedBy: string | null;
}

export type FaqRevisionAction = 'created' | 'updated' | 'deleted' | 'restored' | 'imported';

export interface FaqRevisionRow {
  id: number;
  entryId: string;
  version: number;
  action: FaqRevisionAction;
  /** The entry as saved by this revision (as it was, for `deleted`). */
  snapshot: FaqEntryRow;
  agentId: string | null;
  at: string;
}

export interface FaqListFilter {
  /** Matched against question, similar questions, keywords and answer (substring, any script). */
  q?: string | undefined;
  category?: string | undefined;
  department?: string | undefined;
  status?: FaqStatus | undefined;
  sort: 'updated' | 'hits' | 'helpful';
  offset: number;
  limit: number;
}

export interface FaqStatsRow {
  hits: number;
  helpful: number;
  unhelpful: number;
  handoffsAfter: number;
}

export interface FaqEntryRepository {
  /** Entries not deleted; with `includeDeleted`, every entry ever stored. */
  count(options?: { includeDeleted?: boolean }): Promise<number>;
  /** The first seed: stored with a `created` revision each, by nobody. */
  insertMany(rows: FaqEntryRow[]): Promise<void>;
  listPublished(): Promise<FaqEntryRow[]>;
  /** Every entry not deleted, by id (export, re-index). */
  listAll(): Promise<FaqEntryRow[]>;
  /** A deleted entry reads as null. */
  get(id: string): Promise<FaqEntryRow | null>;
  list(filter: FaqListFilter): Promise<{ rows: FaqEntryRow[]; total: number }>;
  /** Distinct non-empty values in use, sorted. */
  categories(): Promise<string[]>;
  departments(): Promise<string[]>;
  /** Stores a new entry (version 1) and its `created` revision in one transaction; false if the id exists (even deleted). */
  create(row: FaqEntryRow): Promise<boolean>;
  /**
   * Saves `row` (its version must be `expectedVersion + 1`) with a revision of `action`, only
   * while the stored version is still `expectedVersion`; null when it was not (a colleague
   * saved first) or the entry is gone. `restored` also brings back a deleted entry.
   */
  update(
    row: FaqEntryRow,
    expectedVersion: number,
    action: 'updated' | 'restored',
  ): Promise<FaqEntryRow | null>;
  /** Marks it deleted (kept for history and restore) with a `deleted` revision; false if already gone. */
  delete(id: string, agentId: string, at: string): Promise<boolean>;
  listRevisions(entryId: string): Promise<FaqRevisionRow[]>;
  getRevision(id: number): Promise<FaqRevisionRow | null>;
  /** Counts for these entries; entries never used are absent. */
  stats(ids: string[]): Promise<Map<string, FaqStatsRow>>;
  /**
   * An import, all or nothing: creates and updates every row (with `imported` revisions) in
   * one transaction, or throws and writes nothing.
   */
  applyImport(rows: FaqEntryRow[], agentId: string, at: string): Promise<void>;
}

/** A visitor question the bot did not settle, logged once per message and reason (知识缺口). */
export interface QuestionGapRow {
  id: string;
  /** The visitor's message that asked it. */
  messageId: string;
  conversationId: string;
  text: string;
  lang: Language;
  reason: GapReason;
  /** The entry involved: the one answered with (unhelpful, handoff) or first suggested (unsure). */
  faqId: string | null;
  at: string;
  /** Null while open. */
  resolution: GapResolution | null;
  /** The entry created or added to. */
  resolvedFaqId: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export type QuestionGapDraft = Omit<
  QuestionGapRow,
  'resolution' | 'resolvedFaqId' | 'resolvedBy' | 'resolvedAt'
>;

export interface QuestionGapRepository {
  /** Logs it unless this message was already logged for this reason; false then. */
  record(draft: QuestionGapDraft): Promise<boolean>;
  /** Open questions, newest first, at most `limit`. */
  listOpen(limit: number): Promise<QuestionGapRow[]>;
  countOpen(): Promise<number>;
  /** Those of `ids` still open. */
  getOpen(ids: string[]): Promise<QuestionGapRow[]>;
  /** Resolves those of `ids` still open, in one transaction; returns how many it resolved. */
  resolve(
    ids: string[],
    resolution: { resolution: GapResolution; faqId: string | null; by: string; at: string },
  ): Promise<number>;
}
