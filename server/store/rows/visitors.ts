/** A visitors row as both engines hold it, and its mapper. */
import type { Language } from '../../../protocol/index.ts';
import type { VisitorRow } from '../types.ts';

export interface VisitorRaw {
  id: string;
  token_hash: string;
  lang: Language;
  created_at: string;
  last_seen_at: string;
  user_agent: string | null;
  referrer: string | null;
}

export const toVisitorRow = (r: VisitorRaw): VisitorRow => ({
  id: r.id,
  tokenHash: r.token_hash,
  lang: r.lang,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  userAgent: r.user_agent,
  referrer: r.referrer,
});
