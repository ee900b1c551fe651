import type { z } from 'zod';
import { groupGaps, nearestEntry, type QuestionGroup } from '../../../../knowledge/gaps/index.ts';
import type { GapGroup, GapList, GapReason, Language } from '../../../../protocol/index.ts';
import type { gapListQuerySchema } from '../../../../protocol/schemas/gaps.ts';
import type { QuestionGapRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';

/**
 * The newest open questions that are grouped: a month of a busy shop's gaps. Grouping is
 * quadratic in the distinct wordings (2,000: see BENCHMARKS.md); older ones wait their turn.
 */
export const GROUPED_LIMIT = 2000;

const REASONS: readonly GapReason[] = ['unanswered', 'unsure', 'unhelpful', 'handoff'];

const reasonsOf = (rows: readonly QuestionGapRow[]): GapReason[] =>
  REASONS.filter((r) => rows.some((row) => row.reason === r));

/** The language most of the group's messages were asked in. */
function languageOf(rows: readonly QuestionGapRow[]): Language {
  const asks = new Map<string, Language>(rows.map((r) => [r.messageId, r.lang]));
  const zh = [...asks.values()].filter((l) => l === 'zh-CN').length;
  return zh * 2 >= asks.size ? 'zh-CN' : 'en';
}

/**
 * The open gaps as the admin works through them: grouped by similarity, newest activity first,
 * one page at a time; each group with the existing entry it comes closest to.
 */
export async function listGaps(
  deps: Pick<ServiceDeps, 'store' | 'faq'>,
  query: z.output<typeof gapListQuerySchema>,
): Promise<GapList> {
  const [rows, open] = await Promise.all([
    deps.store.questionGaps.listOpen(GROUPED_LIMIT),
    deps.store.questionGaps.countOpen(),
  ]);
  const all = groupGaps(rows, { background: deps.faq });
  const start = (query.page - 1) * query.pageSize;
  const page = all.slice(start, start + query.pageSize);
  return {
    groups: await Promise.all(page.map((g) => presentGroup(deps, g))),
    total: all.length,
    open,
    grouped: rows.length,
  };
}

async function presentGroup(
  deps: Pick<ServiceDeps, 'store' | 'faq'>,
  group: QuestionGroup<QuestionGapRow>,
): Promise<GapGroup> {
  const rows = group.questions.flatMap((q) => q.records);
  // An entry whose answer a visitor voted 👎 for a wording is not what that wording is about.
  const near = nearestEntry(
    deps.faq,
    group,
    (q) =>
      new Set(q.records.flatMap((r) => (r.reason === 'unhelpful' && r.faqId ? [r.faqId] : []))),
  );
  // The index knows no versions; an attach names the version the admin saw.
  const entry = near && (await deps.store.faqEntries.get(near.id));
  return {
    representative: group.representative,
    lang: languageOf(rows),
    questions: group.questions.map((q) => ({
      text: q.text,
      count: q.count,
      lastSeen: q.lastSeen,
      reasons: reasonsOf(q.records),
      ids: q.records.map((r) => r.id),
    })),
    count: group.count,
    lastSeen: group.lastSeen,
    reasons: reasonsOf(rows),
    nearest:
      near && entry
        ? {
            id: near.id,
            question: entry.question,
            version: entry.version,
            confidence: near.confidence,
          }
        : null,
  };
}
