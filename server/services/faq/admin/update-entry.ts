import type { z } from 'zod';
import type { FaqEntryAdmin } from '../../../../protocol/index.ts';
import type { faqEntryUpdateSchema } from '../../../../protocol/schemas/faq-admin.ts';
import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { entryConflict, entryNotFound, syncLiveIndex } from './live-index.ts';
import { presentEntry } from './present-entries.ts';

/**
 * Saves an admin's edit over the version they opened; a colleague's save in between is a
 * conflict, never overwritten. Publishing, unpublishing and edits reach the bot at once.
 */
export async function updateFaqEntry(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
  agentId: string,
  id: string,
  input: z.output<typeof faqEntryUpdateSchema>,
): Promise<FaqEntryAdmin> {
  const current = await deps.store.faqEntries.get(id);
  if (!current) throw entryNotFound();
  const { version, ...fields } = input;
  if (current.version !== version) throw entryConflict();
  const row: FaqEntryRow = {
    ...current,
    ...fields,
    version: version + 1,
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: agentId,
  };
  const saved = await deps.store.faqEntries.update(row, version, 'updated');
  if (!saved) throw entryConflict();
  syncLiveIndex(deps, saved);
  return presentEntry(deps, saved);
}
