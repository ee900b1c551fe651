import type { FaqEntryStatus } from '../../protocol/faq-admin.ts';
import type { FaqListQuery } from '../../protocol/schemas/faq-admin.ts';

export type Sort = NonNullable<FaqListQuery['sort']>;
export const SORTS: readonly Sort[] = ['updated', 'hits', 'helpful'];
export const PAGE_SIZE = 20;

/** The list's search, filters, sort and page as the admin set them ('' is "any"). */
export interface ListQuery {
  q: string;
  category: string;
  department: string;
  status: FaqEntryStatus | '';
  sort: Sort;
  page: number;
}

export const FIRST_QUERY: ListQuery = {
  q: '',
  category: '',
  department: '',
  status: '',
  sort: 'updated',
  page: 1,
};

/** Empty filters stay out of the request: the server reads a missing one as "any". */
export function apiQuery(query: ListQuery): FaqListQuery {
  return {
    sort: query.sort,
    page: query.page,
    pageSize: PAGE_SIZE,
    ...(query.q.trim() && { q: query.q.trim() }),
    ...(query.category && { category: query.category }),
    ...(query.department && { department: query.department }),
    ...(query.status && { status: query.status }),
  };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
