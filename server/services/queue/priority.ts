import type { ServiceDeps } from '../deps.ts';

/**
 * 1 when the visitor is a verified customer of a tier the admin serves first, else 0. Only a
 * verified identity counts: an unverified tier is anyone's to claim from the browser console.
 */
export async function queuePriority(
  deps: Pick<ServiceDeps, 'store' | 'widget'>,
  visitorId: string,
): Promise<number> {
  const { priorityTiers } = deps.widget.identity;
  if (priorityTiers.length === 0) return 0;
  const identity = await deps.store.visitorIdentity.get(visitorId);
  const tier = identity?.verified ? identity.tier?.toLowerCase() : undefined;
  return tier && priorityTiers.includes(tier) ? 1 : 0;
}
