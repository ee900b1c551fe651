import type { SurveyForVisitor } from '../../../protocol/index.ts';
import type { SurveyRow } from '../../store/types.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { presentForVisitor } from './present.ts';

/** An open survey; a draft, a closed or an unknown one are all simply not there for visitors. */
export async function openSurvey(deps: Pick<ServiceDeps, 'store'>, id: string): Promise<SurveyRow> {
  const row = await deps.store.surveys.get(id);
  if (row?.status !== 'open') {
    throw new ServiceError('not_found', '这份问卷目前不开放 / This survey is not open.');
  }
  return row;
}

/** The survey as the widget shows it, and whether this visitor already answered it. */
export async function surveyForVisitor(
  deps: Pick<ServiceDeps, 'store'>,
  actor: VisitorActor,
  id: string,
): Promise<SurveyForVisitor> {
  const row = await openSurvey(deps, id);
  return presentForVisitor(row, await deps.store.surveys.hasAnswered(id, actor.visitorId));
}
