import type { Language } from '../../../protocol/index.ts';

export interface LeftMessageRow {
  id: string;
  visitorId: string;
  clientId: string;
  name: string;
  contact: string;
  body: string;
  lang: Language;
  departmentId: string | null;
  pageUrl: string | null;
  createdAt: string;
  handledAt: string | null;
  handledBy: string | null;
  handledNote: string | null;
}

export interface LeftMessageRepository {
  /** Idempotent per (visitor, clientId). */
  create(row: LeftMessageRow): Promise<{ leftMessage: LeftMessageRow; duplicate: boolean }>;
  get(id: string): Promise<LeftMessageRow | null>;
  /** Open: oldest first, to be worked through; handled: most recently handled first. */
  list(status: 'open' | 'handled', limit: number): Promise<LeftMessageRow[]>;
  /** Marks it handled unless it already was; null when it was (or does not exist). */
  markHandled(
    id: string,
    handled: { at: string; by: string; note: string },
  ): Promise<LeftMessageRow | null>;
}

export interface QuickReplyRow {
  id: string;
  lang: Language;
  shortcut: string;
  body: string;
  sort: number;
  createdAt: string;
  updatedAt: string;
}

export interface QuickReplyRepository {
  /** Sorted by sort, then shortcut. */
  list(): Promise<QuickReplyRow[]>;
  get(id: string): Promise<QuickReplyRow | null>;
  create(row: QuickReplyRow): Promise<void>;
  /** False when there is no such reply. */
  update(row: Omit<QuickReplyRow, 'createdAt'>): Promise<boolean>;
  delete(id: string): Promise<boolean>;
}

/** Admin settings, one JSON value per key; the service owns the shapes and defaults. */
export interface SettingsRepository {
  get(key: string): Promise<unknown>;
  /** Saves every key of `values` in one transaction. */
  set(values: Record<string, unknown>, at: string): Promise<void>;
}
