import type { z } from 'zod';
import type { FaqList } from '../../../../protocol/index.ts';
import type { faqListQuerySchema } from '../../../../protocol/schemas/faq-admin.ts';
import type { ServiceDeps } from '../../deps.ts';
import { presentEntries } from './present-entries.ts';

/** One page of the admin's FAQ list, with the categories and departments for the filters. */
export async function listFaqEntries(
  deps: Pick<ServiceDeps, 'store'>,
  query: z.output<typeof faqListQuerySchema>,
): Promise<FaqList> {
  const { page, pageSize, sort, status } = query;
  // An empty filter field (the console's "all") filters nothing.
  const filter = {
    q: query.q || undefined,
    category: query.category || undefined,
    department: query.department || undefined,
    status,
    sort,
  };
  const [{ rows, total }, categories, departments] = await Promise.all([
    deps.store.faqEntries.list({ ...filter, offset: (page - 1) * pageSize, limit: pageSize }),
    deps.store.faqEntries.categories(),
    deps.store.faqEntries.departments(),
  ]);
  return { entries: await presentEntries(deps, rows), total, categories, departments };
}
