import type { z } from 'zod';
import { searchQuery } from '../../../knowledge/search-terms.ts';
import type { transcriptQuerySchema } from '../../../protocol/schemas/transcripts.ts';
import type { AgentRow, TranscriptFilter } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { addDays, startOfDay } from '../zoned-time.ts';

/** The list's filters, as the query string gave them (paging aside). */
export type TranscriptFilters = Omit<z.output<typeof transcriptQuerySchema>, 'page' | 'pageSize'>;

/** Admins read every transcript; an agent those of their departments and any they ever held. */
export function visibleTo(agent: AgentRow): TranscriptFilter['visibleTo'] {
  return agent.role === 'admin' ? null : { departments: agent.departments, agentId: agent.id };
}

/**
 * The store's filter for what the person asked: dates are whole days in the desk's time zone
 * (`to` included). Null when the search text holds nothing to look for (punctuation only):
 * no conversation can match it.
 */
export async function transcriptFilter(
  deps: Pick<ServiceDeps, 'store'>,
  agent: AgentRow,
  q: TranscriptFilters,
): Promise<TranscriptFilter | null> {
  const text = q.q === undefined ? null : searchQuery(q.q);
  if (q.q !== undefined && text === null) return null;
  const filter: TranscriptFilter = { visibleTo: visibleTo(agent), text };
  if (q.from || q.to) {
    const { timeZone } = (await getDeskSettings(deps)).businessHours;
    if (q.from) filter.startedFrom = startOfDay(q.from, timeZone).toISOString();
    if (q.to) filter.startedBefore = startOfDay(addDays(q.to, 1), timeZone).toISOString();
  }
  if (q.departmentId) filter.departmentId = q.departmentId;
  if (q.agentId) filter.agentId = q.agentId;
  if (q.type) filter.type = q.type;
  if (q.tag) filter.tag = q.tag;
  if (q.rating !== undefined) filter.rating = q.rating;
  if (q.pageUrl) filter.pageUrl = q.pageUrl;
  if (q.handledBy) filter.handledBy = q.handledBy;
  return filter;
}
