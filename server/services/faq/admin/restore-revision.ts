import type { FaqEntryAdmin } from '../../../../protocol/index.ts';
import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { ServiceError } from '../../errors.ts';
import { entryConflict, syncLiveIndex } from './live-index.ts';
import { presentEntry } from './present-entries.ts';

/**
 * Saves an earlier revision's entry as a new version (history is never rewritten). Restoring
 * brings a deleted entry back; a published one is answered with again at once.
 */
export async function restoreFaqRevision(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
  agentId: string,
  id: string,
  revisionId: number,
): Promise<FaqEntryAdmin> {
  const revision = await deps.store.faqEntries.getRevision(revisionId);
  if (!revision || revision.entryId !== id) {
    throw new ServiceError('not_found', 'This FAQ entry has no such revision.');
  }
  const current = await currentVersion(deps, id);
  const row: FaqEntryRow = {
    ...revision.snapshot,
    id,
    version: current + 1,
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: agentId,
  };
  const saved = await deps.store.faqEntries.update(row, current, 'restored');
  if (!saved) throw entryConflict();
  syncLiveIndex(deps, saved);
  return presentEntry(deps, saved);
}

/** A deleted entry reads as absent; its last revision (the deletion) holds its version. */
async function currentVersion(deps: Pick<ServiceDeps, 'store'>, id: string): Promise<number> {
  const live = await deps.store.faqEntries.get(id);
  if (live) return live.version;
  const revisions = await deps.store.faqEntries.listRevisions(id);
  return Math.max(...revisions.map((r) => r.version));
}
