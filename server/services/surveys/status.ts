import type { z } from 'zod';
import type { Survey, SurveyStatus } from '../../../protocol/index.ts';
import type { surveyStatusSchema } from '../../../protocol/schemas/surveys.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { refreshSurveyInvites } from './invites.ts';
import { presentSurvey, surveyOrMissing } from './present.ts';
import { assertShowsSomewhere, changedMeanwhile } from './questions.ts';

/** The steps a survey may take: publish, close, reopen, and back to draft while unanswered. */
const STEPS: Record<SurveyStatus, readonly SurveyStatus[]> = {
  draft: ['open'],
  open: ['closed', 'draft'],
  closed: ['open'],
};

const NAMES: Record<SurveyStatus, string> = {
  draft: '草稿 (draft)',
  open: '开放 (open)',
  closed: '已结束 (closed)',
};

/** Opens, closes, reopens or unpublishes a survey edited at `input.version`. */
export async function changeSurveyStatus(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'events'>,
  id: string,
  input: z.output<typeof surveyStatusSchema>,
): Promise<Survey> {
  const row = await surveyOrMissing(deps, id);
  if (row.version !== input.version) throw changedMeanwhile();
  const to = input.status;
  if (!STEPS[row.status].includes(to)) {
    throw new ServiceError(
      'conflict',
      `问卷不能从${NAMES[row.status]}变为${NAMES[to]} / A survey cannot go from ${row.status} to ${to}.`,
    );
  }
  if (to === 'open') assertShowsSomewhere(row.placement);
  const responses = await deps.store.surveys.countResponses(id);
  if (to === 'draft' && responses > 0) {
    throw new ServiceError(
      'conflict',
      '已有答卷的问卷不能退回草稿，只能结束 / This survey has answers: it can be closed, not taken back to draft.',
    );
  }
  const saved = await deps.store.surveys.update(id, input.version, {
    title: row.title,
    intro: row.intro,
    questions: row.questions,
    placement: row.placement,
    status: to,
    updatedAt: deps.clock.now().toISOString(),
  });
  if (!saved) throw changedMeanwhile();
  await refreshSurveyInvites(deps);
  return presentSurvey(saved, responses);
}
