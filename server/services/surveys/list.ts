import type { Survey } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { presentSurvey, surveyOrMissing } from './present.ts';

/** Every survey, newest first, with its response count. */
export async function listSurveys(deps: Pick<ServiceDeps, 'store'>): Promise<Survey[]> {
  const rows = await deps.store.surveys.list();
  return rows.map(({ survey, responses }) => presentSurvey(survey, responses));
}

export async function getSurvey(deps: Pick<ServiceDeps, 'store'>, id: string): Promise<Survey> {
  const row = await surveyOrMissing(deps, id);
  return presentSurvey(row, await deps.store.surveys.countResponses(id));
}
