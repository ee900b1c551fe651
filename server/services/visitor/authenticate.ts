import type { Language } from '../../../protocol/index.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { hashToken } from '../token.ts';

/**
 * The visitor a token belongs to, or null. A browser merged into a verified customer acts as
 * that customer, so it sees and continues their conversations. `lang` is the language the
 * visitor's app shows now.
 */
export async function authenticateVisitor(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  token: string,
  lang: Language | undefined,
): Promise<VisitorActor | null> {
  const visitor = await deps.store.visitors.findByTokenHash(hashToken(token));
  if (!visitor) return null;
  const acting = await deps.store.visitorIdentity.actingVisitor(visitor.id);
  if (!acting) return null;
  const now = deps.clock.now().toISOString();
  await deps.store.visitors.touch(visitor.id, now);
  if (acting !== visitor.id) await deps.store.visitors.touch(acting, now);
  return { visitorId: acting, lang: lang ?? visitor.lang };
}
