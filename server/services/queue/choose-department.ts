import type { ConversationRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';

/**
 * The department a handoff queues for: the one the visitor picked (when the picker is on,
 * the caller has checked that), else the department of the FAQ entry the bot last answered
 * with, else the default. A department named in the knowledge base but not set up falls
 * through to the default, so no conversation waits in a queue nobody serves.
 */
export async function chooseDepartment(
  deps: Pick<ServiceDeps, 'store' | 'faq'>,
  conversation: ConversationRow,
  requested?: string,
): Promise<string> {
  const candidates: (string | null | undefined)[] = [requested];
  const faqId = await deps.store.messages.latestFaqId(conversation.id);
  if (faqId) candidates.push(deps.faq.get(faqId)?.department);
  for (const id of candidates) {
    if (id && (await deps.store.departments.get(id))) return id;
  }
  const fallback = await deps.store.departments.getDefault();
  if (!fallback) throw new Error('no default department: migration 002 creates one');
  return fallback.id;
}
