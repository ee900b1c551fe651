import type { z } from 'zod';
import type { SurveyPlacement, SurveyQuestion } from '../../../protocol/index.ts';
import type { surveySaveSchema } from '../../../protocol/schemas/surveys.ts';
import { newId } from '../../ids.ts';
import { ServiceError } from '../errors.ts';

export type SurveyInput = z.output<typeof surveySaveSchema>;
type QuestionInput = SurveyInput['questions'][number];

/**
 * The questions as stored: a question keeps its id only when it is one of this survey's (and
 * not used by an earlier question of the same save); any other gets a new one, so answers and
 * exports can never mix up two surveys' questions.
 */
export function withQuestionIds(
  input: QuestionInput[],
  existing: readonly SurveyQuestion[],
): SurveyQuestion[] {
  const known = new Set(existing.map((q) => q.id));
  const used = new Set<string>();
  return input.map(({ id, ...q }) => {
    const keep = id !== undefined && known.has(id) && !used.has(id);
    const questionId = keep ? id : newId();
    used.add(questionId);
    return { id: questionId, ...q };
  });
}

/** Whether answers given to `before` still mean the same under `after` (`required` may change). */
export function sameQuestions(before: SurveyQuestion[], after: SurveyQuestion[]): boolean {
  return (
    before.length === after.length &&
    before.every((b, i) => {
      const a = after[i];
      return (
        a !== undefined &&
        a.id === b.id &&
        a.kind === b.kind &&
        a.prompt === b.prompt &&
        a.options.length === b.options.length &&
        a.options.every((o, j) => o === b.options[j])
      );
    })
  );
}

export const hasPlacement = (p: SurveyPlacement): boolean =>
  p.afterChat || p.link || p.pages.length > 0;

/** An open survey must show somewhere, or nobody could ever answer it. */
export function assertShowsSomewhere(placement: SurveyPlacement): void {
  if (!hasPlacement(placement)) {
    throw new ServiceError(
      'invalid_input',
      '开放的问卷需要至少一个投放位置（会话结束后、指定页面或链接） / An open survey needs at least one placement: after a chat, on some pages, or by link.',
    );
  }
}

export const changedMeanwhile = () =>
  new ServiceError(
    'conflict',
    '这份问卷已被他人修改，请重新打开后再保存 / Someone else changed this survey meanwhile. Reload it and try again.',
  );
