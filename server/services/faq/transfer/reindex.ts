import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { rowToFaqEntry } from '../entries.ts';

/**
 * The imported rows into the bot's live index in one batch: published ones answer, drafts
 * stop answering. A batch of thousands rebuilds the index in one pass (FaqIndex.update).
 */
export function indexImported(
  deps: Pick<ServiceDeps, 'faq' | 'events'>,
  rows: readonly FaqEntryRow[],
): void {
  const published = rows.filter((row) => row.status === 'published');
  const drafts = rows.filter((row) => row.status !== 'published');
  deps.faq.update({ upsert: published.map(rowToFaqEntry), remove: drafts.map((row) => row.id) });
  deps.events.emit('faq.changed', { ids: rows.map((row) => row.id) });
}
