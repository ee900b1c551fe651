import type { ServiceDeps } from '../deps.ts';

/** Longest User-Agent kept; real ones are a few hundred characters. */
const USER_AGENT_MAX = 512;

/** Remembers the visitor's browser for the agent's visitor panel. */
export async function recordVisitorClient(
  deps: Pick<ServiceDeps, 'store'>,
  visitorId: string,
  userAgent: string | undefined,
): Promise<void> {
  if (!userAgent) return;
  await deps.store.visitors.setClientInfo(visitorId, {
    userAgent: userAgent.slice(0, USER_AGENT_MAX),
    referrer: null,
  });
}
