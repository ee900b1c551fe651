import type { ImportReport } from '../../../../protocol/index.ts';
import type { FaqFileFormat } from '../../../../knowledge/io/index.ts';
import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { importPlan } from './plan.ts';
import { indexImported } from './reindex.ts';

/**
 * Imports the file into the store, all or nothing: with any invalid row nothing is written
 * (`applied: false`); otherwise every new and changed entry is saved in one transaction with
 * an `imported` revision. Returns the rows written. The live index is the caller's.
 */
export async function storeImport(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  agentId: string,
  bytes: Uint8Array,
  format: FaqFileFormat,
): Promise<{ report: ImportReport; rows: FaqEntryRow[] }> {
  const { report, writes } = await importPlan(deps, bytes, format);
  if (report.invalid.length > 0) return { report, rows: [] };
  const at = deps.clock.now().toISOString();
  // The store sets the bookkeeping (created, version) from what it holds in the transaction.
  const rows = writes.map(({ entry, stored }): FaqEntryRow => ({
    ...entry,
    createdAt: stored?.createdAt ?? at,
    updatedAt: at,
    version: (stored?.version ?? 0) + 1,
    updatedBy: agentId,
  }));
  await deps.store.faqEntries.applyImport(rows, agentId, at);
  return { report: { ...report, applied: true }, rows };
}

/** An admin's import: stored as above, then the bot answers with it at once. */
export async function applyImport(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
  agentId: string,
  bytes: Uint8Array,
  format: FaqFileFormat,
): Promise<ImportReport> {
  const { report, rows } = await storeImport(deps, agentId, bytes, format);
  indexImported(deps, rows);
  return report;
}
