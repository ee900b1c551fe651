import type { Directory } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../deps.ts';

/** Departments and colleagues with their status and load, for 转接 and the close form. */
export async function directory(deps: Pick<ServiceDeps, 'store'>): Promise<Directory> {
  const [departments, everyone, load] = await Promise.all([
    deps.store.departments.list(),
    deps.store.agents.list(),
    deps.store.conversations.countActiveByAgent(),
  ]);
  const agents = everyone.filter((a) => !a.disabled);
  const statuses = await Promise.all(agents.map((a) => deps.store.agents.getStatus(a.id)));
  return {
    departments: departments.map((d) => ({
      id: d.id,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      isDefault: d.isDefault,
    })),
    agents: agents.map((a, i) => ({
      id: a.id,
      name: a.name,
      status: statuses[i]?.status ?? 'offline',
      departments: [...a.departments],
      activeChats: load.get(a.id) ?? 0,
      maxChats: a.maxChats,
    })),
  };
}
