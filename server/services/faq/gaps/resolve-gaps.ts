import type { z } from 'zod';
import { normalise } from '../../../../knowledge/index.ts';
import type { GapResolveResult } from '../../../../protocol/index.ts';
import type { gapResolveSchema } from '../../../../protocol/schemas/gaps.ts';
import type { QuestionGapRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { ServiceError } from '../../errors.ts';
import { createFaqEntry } from '../admin/create-entry.ts';
import { presentEntry } from '../admin/present-entries.ts';
import { attachQuestions } from './attach-questions.ts';

/** Each wording once (the latest as typed), most asked first. */
function wordings(rows: readonly QuestionGapRow[]): string[] {
  const asks = new Map<string, { text: string; at: string; messages: Set<string> }>();
  for (const r of rows) {
    const key = normalise(r.text);
    const known = asks.get(key) ?? { text: r.text, at: r.at, messages: new Set<string>() };
    if (r.at > known.at) Object.assign(known, { text: r.text, at: r.at });
    known.messages.add(r.messageId);
    asks.set(key, known);
  }
  return [...asks.values()].sort((a, b) => b.messages.size - a.messages.size).map((a) => a.text);
}

/**
 * Settles logged questions in one step: a new entry made from them, their wordings added to
 * an entry's similar questions, or dismissed. Only questions still open count: what a
 * colleague settled meanwhile stays as they left it.
 */
export async function resolveGaps(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
  agentId: string,
  input: z.output<typeof gapResolveSchema>,
): Promise<GapResolveResult> {
  const open = await deps.store.questionGaps.getOpen(input.ids);
  if (open.length === 0) {
    throw new ServiceError(
      'conflict',
      'These questions were already settled, perhaps by a colleague. Reload the list.',
    );
  }
  const settle = (resolution: 'created' | 'attached' | 'dismissed', faqId: string | null) =>
    deps.store.questionGaps.resolve(
      open.map((r) => r.id),
      { resolution, faqId, by: agentId, at: deps.clock.now().toISOString() },
    );

  if (input.action === 'dismiss') {
    return { resolved: await settle('dismissed', null), entry: null, skipped: [], rebased: false };
  }
  if (input.action === 'create') {
    const entry = await createFaqEntry(deps, agentId, input.entry);
    return { resolved: await settle('created', entry.id), entry, skipped: [], rebased: false };
  }
  const attached = await attachQuestions(
    deps,
    agentId,
    input.entryId,
    input.version,
    wordings(open),
  );
  return {
    resolved: await settle('attached', attached.entry.id),
    entry: await presentEntry(deps, attached.entry),
    skipped: attached.skipped,
    rebased: attached.rebased,
  };
}
