import type { Survey } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { refreshSurveyInvites } from './invites.ts';
import { presentSurvey, surveyOrMissing } from './present.ts';
import {
  assertShowsSomewhere,
  changedMeanwhile,
  sameQuestions,
  withQuestionIds,
  type SurveyInput,
} from './questions.ts';

const questionsLocked = () =>
  new ServiceError(
    'conflict',
    '已有答卷，问题（类型、题目、选项及其顺序）不能再修改；标题、说明和投放位置仍可修改 / This survey has answers: its questions (kinds, wording, options and their order) can no longer change. The title, intro and placement still can.',
  );

/**
 * Saves an edit made at `input.version`. Once anyone answered, the questions stay as they were
 * (the answers refer to them); the title, intro and placement may still change.
 */
export async function saveSurvey(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'events'>,
  id: string,
  input: SurveyInput,
): Promise<Survey> {
  if (input.version === undefined) {
    throw new ServiceError(
      'invalid_input',
      '请附上所编辑的版本号 version / Say which version you edited (version).',
    );
  }
  const row = await surveyOrMissing(deps, id);
  if (row.version !== input.version) throw changedMeanwhile();
  const questions = withQuestionIds(input.questions, row.questions);
  const responses = await deps.store.surveys.countResponses(id);
  const unchanged = sameQuestions(row.questions, questions);
  if (responses > 0 && !unchanged) throw questionsLocked();
  if (row.status === 'open') assertShowsSomewhere(input.placement);
  const saved = await deps.store.surveys.update(
    id,
    input.version,
    {
      title: input.title,
      intro: input.intro,
      questions,
      placement: input.placement,
      status: row.status,
      updatedAt: deps.clock.now().toISOString(),
    },
    { unanswered: !unchanged },
  );
  if (!saved) {
    // The first answer may have come in since it was counted.
    if ((await deps.store.surveys.countResponses(id)) > 0 && !unchanged) throw questionsLocked();
    throw changedMeanwhile();
  }
  await refreshSurveyInvites(deps);
  return presentSurvey(saved, responses);
}
