import { groupGaps } from '../../../knowledge/gaps/index.ts';
import type { ReportGapGroup } from '../../../protocol/index.ts';
import type { TimeRange } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { GROUPED_LIMIT } from '../faq/gaps/list-gaps.ts';

const TOP = 20;
const EXAMPLES = 5;

/**
 * What visitors asked that the bot did not settle in the period, resolved since or not,
 * grouped as the 知识缺口 page groups them; the newest GROUPED_LIMIT records when there are more.
 */
export async function gapGroupsOf(
  deps: Pick<ServiceDeps, 'store' | 'faq'>,
  range: TimeRange,
): Promise<ReportGapGroup[]> {
  const rows = await deps.store.reports.questionGaps(range, GROUPED_LIMIT);
  return groupGaps(rows, { background: deps.faq })
    .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen))
    .slice(0, TOP)
    .map((g) => ({
      representative: g.representative,
      count: g.count,
      examples: g.questions
        .map((q) => q.text)
        .filter((text) => text !== g.representative)
        .slice(0, EXAMPLES),
    }));
}
