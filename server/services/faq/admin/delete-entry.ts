import type { ServiceDeps } from '../../deps.ts';
import { entryNotFound } from './live-index.ts';

/** Deletes an entry (its history stays, for restore); the bot stops answering with it at once. */
export async function deleteFaqEntry(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
  agentId: string,
  id: string,
): Promise<void> {
  const at = deps.clock.now().toISOString();
  if (!(await deps.store.faqEntries.delete(id, agentId, at))) throw entryNotFound();
  deps.faq.remove(id);
  deps.events.emit('faq.changed', { ids: [id] });
}
