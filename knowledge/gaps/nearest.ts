import type { FaqIndex } from '../faq-index.ts';
import { GAP_OPTIONS } from '../options.ts';
import type { GapRecord, QuestionGroup, QuestionWording } from './group.ts';

export interface NearestEntry {
  id: string;
  question: string;
  /** The best closeness of one of the group's wordings to the entry, 0–1. */
  confidence: number;
}

/** Entries visitors turned down for a wording (a 👎 on that answer): not what it is about. */
export type Rejected<T extends GapRecord> = (wording: QuestionWording<T>) => ReadonlySet<string>;

const NONE_REJECTED = () => new Set<string>();

/**
 * The existing entry a group is most likely about, to offer "add these as its similar
 * questions" in one click: the group's most asked wordings vote for their best match that
 * visitors did not turn down, by how often each was asked and how close it came. Null when
 * nothing comes close enough.
 */
export function nearestEntry<T extends GapRecord>(
  index: FaqIndex,
  group: QuestionGroup<T>,
  rejected: Rejected<T> = NONE_REJECTED,
): NearestEntry | null {
  const votes = new Map<string, { weight: number; entry: NearestEntry }>();
  for (const q of group.questions.slice(0, GAP_OPTIONS.nearestVoters)) {
    const no = rejected(q);
    const best = index
      .match(q.text, { limit: GAP_OPTIONS.nearestCandidates })
      .candidates.find((c) => !no.has(c.id));
    if (!best || best.confidence < GAP_OPTIONS.nearestMin) continue;
    const known = votes.get(best.id);
    const weight = (known?.weight ?? 0) + q.count * best.confidence;
    const confidence = Math.max(known?.entry.confidence ?? 0, best.confidence);
    votes.set(best.id, { weight, entry: { id: best.id, question: best.question, confidence } });
  }
  let winner: { weight: number; entry: NearestEntry } | undefined;
  for (const vote of votes.values()) if (!winner || vote.weight > winner.weight) winner = vote;
  return winner?.entry ?? null;
}
