import type { FaqEntryDetail } from '../../../../protocol/index.ts';
import { presentFaqRevision } from '../../../presenters/faq-admin.ts';
import type { ServiceDeps } from '../../deps.ts';
import { agentNames } from './agent-names.ts';
import { entryNotFound } from './live-index.ts';
import { presentEntry } from './present-entries.ts';

/** An entry for the editor: with its statistics and its revisions, newest first. */
export async function getFaqEntry(
  deps: Pick<ServiceDeps, 'store'>,
  id: string,
): Promise<FaqEntryDetail> {
  const row = await deps.store.faqEntries.get(id);
  if (!row) throw entryNotFound();
  const revisions = await deps.store.faqEntries.listRevisions(id);
  const names = await agentNames(
    deps,
    revisions.map((r) => r.agentId),
  );
  return {
    entry: await presentEntry(deps, row),
    revisions: revisions
      .sort((a, b) => b.id - a.id)
      .map((r) => presentFaqRevision(r, r.agentId ? (names.get(r.agentId) ?? null) : null)),
  };
}
