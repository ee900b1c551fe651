import type { FaqEntryAdmin } from './faq-admin.ts';
import type { Language } from './language.ts';

/**
 * Why a visitor's question is a gap in the knowledge base (知识缺口):
 * unanswered: the bot found nothing close enough; unsure: it only offered suggestions;
 * unhelpful: the visitor voted 👎 on its answer; handoff: the visitor asked for a person
 * right after the bot's turn for it.
 */
export type GapReason = 'unanswered' | 'unsure' | 'unhelpful' | 'handoff';

/** How an admin settled a group: a new entry, similar questions of an entry, or nothing to do. */
export type GapResolution = 'created' | 'attached' | 'dismissed';

/** One wording of a gap question (equal after normalising), with how often it was asked. */
export interface GapQuestion {
  text: string;
  /** Distinct visitor messages. */
  count: number;
  lastSeen: string;
  reasons: GapReason[];
  /** The log ids of this wording, to resolve only some of a group's questions. */
  ids: string[];
}

/** REST: questions asked about one thing, grouped by similarity. */
export interface GapGroup {
  /** The wording closest to all the others: the question of an entry made from the group. */
  representative: string;
  /** The language most of these questions were asked in. */
  lang: Language;
  /** Most asked first. */
  questions: GapQuestion[];
  count: number;
  lastSeen: string;
  reasons: GapReason[];
  /** The existing entry these questions come closest to: "add them as its similar questions". */
  nearest: { id: string; question: string; version: number; confidence: number } | null;
}

/** REST: GET /api/faq/gaps → one page of the open groups, newest activity first. */
export interface GapList {
  groups: GapGroup[];
  /** Groups in all pages. */
  total: number;
  /** Open logged questions in all. */
  open: number;
  /** Only the newest this many open questions are grouped; the rest wait for them to be settled. */
  grouped: number;
}

/** REST: POST /api/faq/gaps/resolve → what was done. */
export interface GapResolveResult {
  /** How many logged questions left the list (some may have been resolved by a colleague first). */
  resolved: number;
  /** The entry created, or the entry the questions were added to; null for dismiss. */
  entry: FaqEntryAdmin | null;
  /** Questions not added because the entry already had them (or they are too long to be one). */
  skipped: string[];
  /**
   * True when a colleague saved the entry after the version the admin saw: the questions
   * were added to the colleague's version, nothing of theirs was overwritten.
   */
  rebased: boolean;
}
