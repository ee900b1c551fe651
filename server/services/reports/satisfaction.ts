import type { MonthlyReport, ReportComment } from '../../../protocol/index.ts';
import type { ConversationFigures } from './figures.ts';

const MAX_COMMENTS = 200;

/** How the ratings spread, and what visitors wrote with them: the unhappy first, then the newest. */
export function satisfactionOf(
  conversations: readonly ConversationFigures[],
  agentNames: ReadonlyMap<string, string>,
): MonthlyReport['satisfaction'] {
  const distribution = [0, 0, 0, 0, 0];
  const comments: ReportComment[] = [];
  for (const { fact } of conversations) {
    if (fact.rating === null) continue;
    distribution[fact.rating - 1] = (distribution[fact.rating - 1] ?? 0) + 1;
    const comment = fact.ratingComment?.trim();
    if (!comment) continue;
    comments.push({
      conversationId: fact.id,
      rating: fact.rating,
      comment,
      ratedAt: fact.ratedAt ?? fact.closedAt ?? fact.createdAt,
      agentName: fact.agentId ? (agentNames.get(fact.agentId) ?? fact.agentId) : null,
      departmentId: fact.departmentId,
    });
  }
  comments.sort((a, b) => a.rating - b.rating || b.ratedAt.localeCompare(a.ratedAt));
  return { distribution, comments: comments.slice(0, MAX_COMMENTS) };
}
