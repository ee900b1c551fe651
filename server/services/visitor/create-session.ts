import { DEFAULT_LANGUAGE, type Language, type VisitorSession } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type { ServiceDeps } from '../deps.ts';
import { hashToken, newToken } from '../token.ts';

export async function createVisitorSession(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  input: { lang?: Language | undefined },
): Promise<VisitorSession> {
  const token = newToken();
  const now = deps.clock.now().toISOString();
  const visitorId = newId();
  await deps.store.visitors.create({
    id: visitorId,
    tokenHash: hashToken(token),
    lang: input.lang ?? DEFAULT_LANGUAGE,
    createdAt: now,
    lastSeenAt: now,
    userAgent: null,
    referrer: null,
  });
  return { visitorId, token };
}
