/** Per-entry FAQ counts as both engines select them, and their fold into stats rows. */
import type { FaqStatsRow } from '../types.ts';

export interface FaqCountRaw {
  faq_id: string;
  n: number;
}

export interface FaqFeedbackRaw {
  faq_id: string;
  helpful: number;
  unhelpful: number;
}

/** Each entry's hits, votes and handoffs; an entry none of them name has no row. */
export function toFaqStats(
  hits: readonly FaqCountRaw[],
  votes: readonly FaqFeedbackRaw[],
  handoffs: readonly FaqCountRaw[],
): Map<string, FaqStatsRow> {
  const out = new Map<string, FaqStatsRow>();
  const of = (id: string): FaqStatsRow => {
    let row = out.get(id);
    if (!row) {
      row = { hits: 0, helpful: 0, unhelpful: 0, handoffsAfter: 0 };
      out.set(id, row);
    }
    return row;
  };
  for (const r of hits) of(r.faq_id).hits = r.n;
  for (const r of votes) {
    const row = of(r.faq_id);
    row.helpful = r.helpful;
    row.unhelpful = r.unhelpful;
  }
  for (const r of handoffs) of(r.faq_id).handoffsAfter = r.n;
  return out;
}
