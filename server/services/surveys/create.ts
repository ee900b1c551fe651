import type { Survey } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type { ServiceDeps } from '../deps.ts';
import { presentSurvey } from './present.ts';
import { withQuestionIds, type SurveyInput } from './questions.ts';

/** A new draft made by an admin: shown nowhere until it is opened. */
export async function createSurvey(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  agentId: string,
  input: SurveyInput,
): Promise<Survey> {
  const at = deps.clock.now().toISOString();
  const row = await deps.store.surveys.create({
    id: newId(),
    title: input.title,
    intro: input.intro,
    status: 'draft',
    questions: withQuestionIds(input.questions, []),
    placement: input.placement,
    createdBy: agentId,
    createdAt: at,
    updatedAt: at,
  });
  return presentSurvey(row, 0);
}
