import { normalise } from '../../../../knowledge/index.ts';
import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { ServiceError } from '../../errors.ts';
import { entryConflict, entryNotFound, syncLiveIndex } from '../admin/live-index.ts';

/** What `faqEntryInputSchema` allows an entry. */
const SIMILAR_MAX = 200;
const LINE_MAX = 300;
/** Saves lost to a colleague saving at the same moment before giving up. */
const ATTEMPTS = 3;

export interface Attached {
  entry: FaqEntryRow;
  /** Questions the entry already had (in any wording equal after normalising), or too long to be one. */
  skipped: string[];
  /** Saved over a newer version than the one the admin saw. */
  rebased: boolean;
}

/**
 * Adds questions to an entry's similar questions, as a new version with its revision.
 * Adding is a union, so it is applied to the entry as it is now even when a colleague saved
 * after the version the admin saw: their change stays, and the admin's action is not lost.
 */
export async function attachQuestions(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
  agentId: string,
  entryId: string,
  seenVersion: number,
  questions: readonly string[],
): Promise<Attached> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await deps.store.faqEntries.get(entryId);
    if (!current) throw entryNotFound();
    const known = new Set([current.question, ...current.similar].map(normalise));
    const added: string[] = [];
    const skipped: string[] = [];
    for (const question of questions.map((q) => q.trim())) {
      const key = normalise(question);
      if (!key || known.has(key) || question.length > LINE_MAX) skipped.push(question);
      else {
        known.add(key);
        added.push(question);
      }
    }
    const rebased = current.version !== seenVersion;
    if (added.length === 0) return { entry: current, skipped, rebased };
    const similar = [...current.similar, ...added];
    if (similar.length > SIMILAR_MAX) {
      throw new ServiceError(
        'invalid_input',
        `similar: an entry holds at most ${SIMILAR_MAX} similar questions, this would make ${similar.length}`,
      );
    }
    const row: FaqEntryRow = {
      ...current,
      similar,
      version: current.version + 1,
      updatedAt: deps.clock.now().toISOString(),
      updatedBy: agentId,
    };
    const saved = await deps.store.faqEntries.update(row, current.version, 'updated');
    if (saved) {
      syncLiveIndex(deps, saved);
      return { entry: saved, skipped, rebased };
    }
  }
  throw entryConflict();
}
