import type { AskableKb } from './questions.ts';
import type { Random } from './random.ts';
import type { PlannedAgent, Staff } from './types.ts';

/** What every conversation of a plan draws on. */
export interface TrafficContext {
  random: Random;
  kb: AskableKb;
  staff: Staff;
  /** Whether anyone can chat at an instant (ms): the business hours, else the agents' shifts. */
  staffed(ms: number): boolean;
  /** Business hours are on: a request outside them hears "we are closed", not "nobody online". */
  hoursEnabled: boolean;
  /** Some agents take more chats than others. */
  agentWeight: Map<string, number>;
}

export function agentsOf(ctx: TrafficContext, departmentId: string): PlannedAgent[] {
  return ctx.staff.agents.filter((a) => a.departments.includes(departmentId));
}

/** An agent of the department, busier agents more often; anyone if the department has nobody. */
export function pickAgent(
  ctx: TrafficContext,
  departmentId: string,
  except: string | null = null,
): PlannedAgent {
  const serving = agentsOf(ctx, departmentId).filter((a) => a.id !== except);
  const list = serving.length > 0 ? serving : ctx.staff.agents.filter((a) => a.id !== except);
  return ctx.random.weighted(
    list,
    list.map((a) => ctx.agentWeight.get(a.id) ?? 1),
  );
}
