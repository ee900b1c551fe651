import type { Availability } from '../../../protocol/index.ts';
import { presentDepartment } from '../../presenters/desk.ts';
import type { ServiceDeps } from '../deps.ts';
import { isOpen } from './business-hours.ts';
import { getDeskSettings } from './settings.ts';

/**
 * Whether a visitor asking for a person now can be answered, and if not why: outside
 * business hours, or no agent online. `at` comes from the caller's clock.
 */
export async function availability(
  deps: Pick<ServiceDeps, 'store'>,
  at: Date,
): Promise<Availability> {
  const settings = await getDeskSettings(deps);
  const departments = settings.departmentPicker
    ? (await deps.store.departments.list()).map(presentDepartment)
    : null;
  if (!isOpen(settings.businessHours, at)) {
    return { available: false, reason: 'closed', departments };
  }
  if (!(await deps.store.agents.anyOnline())) {
    return { available: false, reason: 'no_agents', departments };
  }
  return { available: true, reason: null, departments };
}
