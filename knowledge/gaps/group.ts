import { normalise } from '../normalise.ts';
import { GAP_OPTIONS } from '../options.ts';
import { averageLink } from './average-link.ts';
import { cosine, questionVectors, type Background } from './vectors.ts';

/** One logged question: which visitor message it was and when. */
export interface GapRecord {
  /** Logged once per reason, so several records may share a message: they count as one ask. */
  messageId: string;
  text: string;
  at: string;
}

/** One wording (equal after normalising), with every record of it. */
export interface QuestionWording<T extends GapRecord> {
  /** As the latest visitor typed it. */
  text: string;
  /** Distinct messages. */
  count: number;
  lastSeen: string;
  records: T[];
}

export interface QuestionGroup<T extends GapRecord> {
  /** The wording closest to all the others, weighted by how often each was asked. */
  representative: string;
  /** Most asked first, then most recent. */
  questions: QuestionWording<T>[];
  count: number;
  lastSeen: string;
}

const newest = (a: string, b: string) => (a > b ? a : b);

function wordings<T extends GapRecord>(records: readonly T[]): QuestionWording<T>[] {
  const byKey = new Map<string, { question: QuestionWording<T>; messages: Set<string> }>();
  for (const r of records) {
    const key = normalise(r.text);
    const known = byKey.get(key);
    if (!known) {
      const question = { text: r.text, count: 1, lastSeen: r.at, records: [r] };
      byKey.set(key, { question, messages: new Set([r.messageId]) });
      continue;
    }
    const { question, messages } = known;
    question.records.push(r);
    messages.add(r.messageId);
    question.count = messages.size;
    if (r.at > question.lastSeen) {
      question.lastSeen = r.at;
      question.text = r.text;
    }
  }
  return [...byKey.values()].map((k) => k.question);
}

const byUse = <T extends GapRecord>(a: QuestionWording<T>, b: QuestionWording<T>) =>
  b.count - a.count || b.lastSeen.localeCompare(a.lastSeen) || a.text.localeCompare(b.text);

/**
 * The weighted medoid: the wording the group's asks are, on the whole, closest to; on a tie
 * the more used one.
 */
function representativeOf<T extends GapRecord>(
  mine: readonly QuestionWording<T>[],
  similarity: (i: number, j: number) => number,
): string {
  let best = 0;
  let bestCloseness = -1;
  for (let i = 0; i < mine.length; i++) {
    let closeness = 0;
    for (let j = 0; j < mine.length; j++) {
      closeness += mine[j]!.count * (i === j ? 1 : similarity(i, j));
    }
    const tie = closeness === bestCloseness && byUse(mine[i]!, mine[best]!) < 0;
    if (closeness > bestCloseness || tie) {
      bestCloseness = closeness;
      best = i;
    }
  }
  return mine[best]!.text;
}

export interface GroupOptions {
  /** Usually the live FaqIndex: its entries weigh the words too (see `questionVectors`). */
  background?: Background;
  /** Default `GAP_OPTIONS.groupMin`. */
  threshold?: number;
}

/**
 * Groups the questions visitors asked in different words about one thing: equal wordings
 * first, then average-link clusters of their token vectors (`GAP_OPTIONS.groupMin`, measured
 * in knowledge/DESIGN.md). Newest activity first, then the most asked; ties in a stable order.
 */
export function groupGaps<T extends GapRecord>(
  records: readonly T[],
  { background, threshold = GAP_OPTIONS.groupMin }: GroupOptions = {},
): QuestionGroup<T>[] {
  const questions = wordings(records);
  const vectors = questionVectors(
    questions.map((q) => q.text),
    background,
  );
  const similarity = (i: number, j: number) => cosine(vectors[i]!, vectors[j]!);
  const clusters = averageLink(questions.length, similarity, threshold);
  return clusters
    .map((members) => {
      const mine = members.map((i) => questions[i]!);
      return {
        representative: representativeOf(mine, (i, j) => similarity(members[i]!, members[j]!)),
        questions: [...mine].sort(byUse),
        count: mine.reduce((n, q) => n + q.count, 0),
        lastSeen: mine.map((q) => q.lastSeen).reduce(newest),
      };
    })
    .sort(
      (a, b) =>
        b.lastSeen.localeCompare(a.lastSeen) ||
        b.count - a.count ||
        a.representative.localeCompare(b.representative),
    );
}
