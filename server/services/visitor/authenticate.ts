import type { Language } from '../../../protocol/index.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { hashToken } from '../token.ts';

/** The visitor a token belongs to, or null. `lang` is the language the visitor's app shows now. */
export async function authenticateVisitor(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  token: string,
  lang: Language | undefined,
): Promise<VisitorActor | null> {
  const visitor = await deps.store.visitors.findByTokenHash(hashToken(token));
  if (!visitor) return null;
  await deps.store.visitors.touch(visitor.id, deps.clock.now().toISOString());
  return { visitorId: visitor.id, lang: lang ?? visitor.lang };
}
