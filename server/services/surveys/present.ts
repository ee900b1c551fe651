import type { Survey, SurveyForVisitor } from '../../../protocol/index.ts';
import type { SurveyRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

/** A survey as the console sees it: the row without its author, with its response count. */
export function presentSurvey(row: SurveyRow, responses: number): Survey {
  const { id, title, intro, status, questions, placement, createdAt, updatedAt, version } = row;
  return {
    id,
    title,
    intro,
    status,
    questions,
    placement,
    responses,
    createdAt,
    updatedAt,
    version,
  };
}

/** What the widget shows: the wording and questions, never the placement or the counts. */
export function presentForVisitor(row: SurveyRow, answered: boolean): SurveyForVisitor {
  return { id: row.id, title: row.title, intro: row.intro, questions: row.questions, answered };
}

/** The survey, or `not_found`. */
export async function surveyOrMissing(
  deps: Pick<ServiceDeps, 'store'>,
  id: string,
): Promise<SurveyRow> {
  const row = await deps.store.surveys.get(id);
  if (!row) throw new ServiceError('not_found', `没有这份问卷 / There is no survey ${id}.`);
  return row;
}
