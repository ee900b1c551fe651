import type { z } from 'zod';
import {
  TRANSCRIPT_COUNT_CAP,
  type TranscriptList,
  type TranscriptRow,
} from '../../../protocol/index.ts';
import type { transcriptQuerySchema } from '../../../protocol/schemas/transcripts.ts';
import { visitorCode } from '../../presenters/conversation.ts';
import type { TranscriptRecord } from '../../store/types.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { transcriptFilter } from './filter.ts';

export function presentTranscriptRow(r: TranscriptRecord): TranscriptRow {
  return {
    id: r.id,
    visitorId: r.visitorId,
    visitorCode: visitorCode(r.visitorId),
    lang: r.lang,
    status: r.status,
    startedAt: r.createdAt,
    endedAt: r.endedAt,
    departmentId: r.departmentId,
    agentId: r.agentId,
    agentName: r.agentName,
    handledBy: r.handoffRequestedAt === null ? 'bot' : 'person',
    closeType: r.closeType,
    closeTags: r.closeTags,
    closeSummary: r.closeSummary,
    rating: r.rating,
    ratingComment: r.ratingComment,
    messages: r.messages,
    visitorMessages: r.visitorMessages,
    firstQuestion: r.firstQuestion,
    pageUrl: r.pageUrl,
    match: r.match,
  };
}

/** One page of the transcripts the agent may read, newest first (with text: newest match first). */
export async function searchTranscripts(
  deps: Pick<ServiceDeps, 'store'>,
  agentId: string,
  query: z.output<typeof transcriptQuerySchema>,
): Promise<TranscriptList> {
  const agent = await currentAgent(deps, agentId);
  const { page, pageSize, ...filters } = query;
  const filter = await transcriptFilter(deps, agent, filters);
  const found = filter
    ? await deps.store.transcripts.search(
        filter,
        { offset: (page - 1) * pageSize, limit: pageSize },
        TRANSCRIPT_COUNT_CAP,
      )
    : { records: [], total: 0, capped: false };
  return {
    rows: found.records.map(presentTranscriptRow),
    total: found.total,
    capped: found.capped,
    page,
    pageSize,
  };
}
