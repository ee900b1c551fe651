import type { FaqEntryAdmin } from '../../../../protocol/index.ts';
import { presentFaqEntryAdmin } from '../../../presenters/faq-admin.ts';
import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { agentNames } from './agent-names.ts';

/** Entries as the admin sees them: with their statistics and the last editor's name. */
export async function presentEntries(
  deps: Pick<ServiceDeps, 'store'>,
  rows: FaqEntryRow[],
): Promise<FaqEntryAdmin[]> {
  const [stats, names] = await Promise.all([
    deps.store.faqEntries.stats(rows.map((r) => r.id)),
    agentNames(
      deps,
      rows.map((r) => r.updatedBy),
    ),
  ]);
  return rows.map((r) =>
    presentFaqEntryAdmin(r, stats.get(r.id), r.updatedBy ? (names.get(r.updatedBy) ?? null) : null),
  );
}

export async function presentEntry(
  deps: Pick<ServiceDeps, 'store'>,
  row: FaqEntryRow,
): Promise<FaqEntryAdmin> {
  const [entry] = await presentEntries(deps, [row]);
  if (!entry) throw new Error(`entry ${row.id} was not presented`);
  return entry;
}
