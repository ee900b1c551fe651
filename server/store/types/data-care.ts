import type { DeletedCounts } from '../../../protocol/index.ts';

export type { DeletedCounts };

/** What a deletion removed: the counts, and the attachment files (keys) now to delete. */
export interface Deleted {
  counts: DeletedCounts;
  files: string[];
}

export interface DataCareRepository {
  /**
   * Deletes up to `limit` conversations that ended before `before` with their messages, search
   * rows, events, notes, feedback and gaps, in one transaction: closed ones (oldest first),
   * then ones left with the bot and untouched since (a bot chat is never closed).
   */
  deleteEndedBefore(before: string, limit: number): Promise<Deleted>;
  /** Deletes up to `limit` left messages written before `before`; returns how many. */
  deleteLeftMessagesBefore(before: string, limit: number): Promise<number>;
  /**
   * Reads the next `limit` visitors by id after `afterId` ('' to begin) and deletes those last
   * seen before `before` who have no conversation and no left message any more. `lastId`: where
   * the next page starts, null once every visitor was read.
   */
  deleteForgottenVisitors(
    before: string,
    page: { afterId: string; limit: number },
  ): Promise<{ deleted: number; lastId: string | null }>;
  /**
   * Deletes the visitor and everything stored about them, and so the other browsers verified as
   * the same customer (merged into them) with theirs, in one transaction; null: no such visitor.
   */
  eraseVisitor(visitorId: string): Promise<Deleted | null>;
}

export interface AuditRow {
  id: number;
  at: string;
  /** Who did it; null for Kefu itself. */
  agentId: string | null;
  /** Joined from agents. */
  agentName: string | null;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

export interface AuditRepository {
  append(row: Omit<AuditRow, 'id' | 'agentName'>): Promise<void>;
  /** Newest first; with `beforeId`, only older entries (the next page). */
  list(page: { limit: number; beforeId?: number | undefined }): Promise<AuditRow[]>;
}
