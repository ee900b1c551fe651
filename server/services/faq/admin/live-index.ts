import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { ServiceError } from '../../errors.ts';
import { rowToFaqEntry } from '../entries.ts';

/**
 * Puts a saved entry into the bot's live index, or takes it out: visitors' next questions
 * and suggestions see the change at once, without a restart.
 */
export function syncLiveIndex(deps: Pick<ServiceDeps, 'faq' | 'events'>, row: FaqEntryRow): void {
  if (row.status === 'published') deps.faq.upsert(rowToFaqEntry(row));
  else deps.faq.remove(row.id);
  deps.events.emit('faq.changed', { ids: [row.id] });
}

export function entryNotFound(): ServiceError {
  return new ServiceError('not_found', 'There is no such FAQ entry (it may have been deleted).');
}

export function entryConflict(): ServiceError {
  return new ServiceError(
    'conflict',
    'Someone else saved this FAQ entry after you opened it. Reload it to see their changes, then edit again.',
  );
}
