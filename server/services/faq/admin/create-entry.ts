import type { z } from 'zod';
import type { FaqEntryAdmin } from '../../../../protocol/index.ts';
import type { faqEntryInputSchema } from '../../../../protocol/schemas/faq-admin.ts';
import { newId } from '../../../ids.ts';
import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { syncLiveIndex } from './live-index.ts';
import { presentEntry } from './present-entries.ts';

/** A new entry (the server makes its id); published, the bot answers with it at once. */
export async function createFaqEntry(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
  agentId: string,
  input: z.output<typeof faqEntryInputSchema>,
): Promise<FaqEntryAdmin> {
  const at = deps.clock.now().toISOString();
  const row: FaqEntryRow = {
    id: newId(),
    ...input,
    createdAt: at,
    updatedAt: at,
    version: 1,
    updatedBy: agentId,
  };
  if (!(await deps.store.faqEntries.create(row))) {
    throw new Error(`a fresh FAQ entry id ${row.id} was already taken`);
  }
  syncLiveIndex(deps, row);
  return presentEntry(deps, row);
}
