import { FaqIndex, type FaqEntry } from '../../../knowledge/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { faqEntryToRow, rowToFaqEntry } from './entries.ts';

/**
 * Seeds an empty knowledge base once (the demo shop FAQ on first start), then builds the
 * live index from the published entries. An admin's later edits are never overwritten.
 */
export async function loadFaqIndex(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  seed: FaqEntry[] | null,
): Promise<FaqIndex> {
  // Counting deleted entries too: an admin who deleted every entry wants an empty knowledge
  // base, not the demo back.
  if (seed && (await deps.store.faqEntries.count({ includeDeleted: true })) === 0) {
    const at = deps.clock.now().toISOString();
    await deps.store.faqEntries.insertMany(seed.map((e) => faqEntryToRow(e, at)));
  }
  const rows = await deps.store.faqEntries.listPublished();
  return new FaqIndex(rows.map(rowToFaqEntry));
}
