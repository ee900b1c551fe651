import type { GapList, GapResolveResult } from '../../../protocol/gaps.ts';
import type { GapResolveInput } from '../../../protocol/schemas/gaps.ts';
import { request, type Result } from '../../rest.ts';

/** One page of open groups, newest activity first. */
export function fetchGaps(page: number, pageSize: number): Promise<Result<GapList>> {
  return request('GET', `/api/faq/gaps?page=${page}&pageSize=${pageSize}`);
}

/** 409 `conflict` when every one of these questions was settled already (by a colleague). */
export function resolveGaps(input: GapResolveInput): Promise<Result<GapResolveResult>> {
  return request('POST', '/api/faq/gaps/resolve', { json: input });
}
