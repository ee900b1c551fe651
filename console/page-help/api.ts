import type { FaqList } from '../../protocol/faq-admin.ts';
import type { PageHelpView } from '../../protocol/page-help.ts';
import type { HelpRulesSaveInput, NoticesSaveInput } from '../../protocol/schemas/page-help.ts';
import { request, type Result } from '../rest.ts';

export function fetchPageHelp(): Promise<Result<PageHelpView>> {
  return request('GET', '/api/admin/page-help');
}

/** Names the version on screen: a colleague's save in between is refused (409). */
export function saveRules(input: HelpRulesSaveInput): Promise<Result<PageHelpView>> {
  return request('PUT', '/api/admin/page-help/rules', { json: input });
}

export function saveNotices(input: NoticesSaveInput): Promise<Result<PageHelpView>> {
  return request('PUT', '/api/admin/page-help/notices', { json: input });
}

/** Published FAQ entries whose question (or similar questions) match, for the picker. */
export function searchFaq(q: string): Promise<Result<FaqList>> {
  const query = new URLSearchParams({ q, status: 'published', pageSize: '8' });
  return request('GET', `/api/faq?${query}`);
}
