import type { ReportQuestion } from '../../../protocol/index.ts';
import type { FaqEntryRow, FaqUseFact } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';

const TOP = 20;

/** The entry as it reads now, or as its last revision saved it if deleted since. */
async function entryOf(deps: Pick<ServiceDeps, 'store'>, id: string): Promise<FaqEntryRow | null> {
  const entry = await deps.store.faqEntries.get(id);
  if (entry) return entry;
  // Revisions come newest first.
  return (await deps.store.faqEntries.listRevisions(id))[0]?.snapshot ?? null;
}

/** The entries the bot answered with most, with what visitors made of the answers. */
export async function topQuestionsOf(
  deps: Pick<ServiceDeps, 'store'>,
  uses: readonly FaqUseFact[],
): Promise<ReportQuestion[]> {
  const top = [...uses]
    .filter((u) => u.hits > 0)
    .sort(
      (a, b) =>
        b.hits - a.hits || b.handoffsAfter - a.handoffsAfter || a.faqId.localeCompare(b.faqId),
    )
    .slice(0, TOP);
  return Promise.all(
    top.map(async (use): Promise<ReportQuestion> => {
      const entry = await entryOf(deps, use.faqId);
      return {
        ...use,
        question: entry?.question ?? use.faqId,
        lang: entry?.lang ?? null,
        departmentId: entry?.department ?? null,
      };
    }),
  );
}
