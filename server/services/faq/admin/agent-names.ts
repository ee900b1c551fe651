import type { ServiceDeps } from '../../deps.ts';

/** The current names of these agents (each looked up once); unknown ids are absent. */
export async function agentNames(
  deps: Pick<ServiceDeps, 'store'>,
  ids: (string | null)[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const agents = await Promise.all(unique.map((id) => deps.store.agents.get(id)));
  return new Map(agents.flatMap((a) => (a ? [[a.id, a.name] as const] : [])));
}
