import type {
  SurveyAnswer,
  SurveyChannel,
  SurveyQuestion,
  SurveyQuestionResult,
  SurveyResults,
} from '../../../protocol/index.ts';
import type { SurveyResponseRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { presentSurvey, surveyOrMissing } from './present.ts';

/** Texts the results show per question; the export has them all. */
export const LATEST_TEXTS = 50;

/** Each response's answer to one question, where it gave one. */
function answersTo(
  q: SurveyQuestion,
  responses: SurveyResponseRow[],
): { answer: SurveyAnswer; at: string }[] {
  return responses.flatMap((r) => {
    const answer = r.answers.find((a) => a.questionId === q.id);
    return answer ? [{ answer, at: r.createdAt }] : [];
  });
}

/** One question's figures, counted over every response (oldest first). */
export function questionResult(
  q: SurveyQuestion,
  responses: SurveyResponseRow[],
): SurveyQuestionResult {
  const given = answersTo(q, responses);
  const answered = given.length;
  switch (q.kind) {
    case 'rating': {
      const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
      let sum = 0;
      for (const { answer } of given) {
        if (!('rating' in answer)) continue;
        const star = answer.rating - 1;
        counts[star] = (counts[star] ?? 0) + 1;
        sum += answer.rating;
      }
      const average = answered ? Math.round((sum / answered) * 100) / 100 : null;
      return { questionId: q.id, kind: 'rating', answered, average, counts };
    }
    case 'single':
    case 'multiple': {
      const counts = q.options.map(() => 0);
      for (const { answer } of given) {
        if (!('choices' in answer)) continue;
        for (const c of answer.choices) counts[c] = (counts[c] ?? 0) + 1;
      }
      return { questionId: q.id, kind: q.kind, answered, counts };
    }
    case 'text': {
      const latest = given
        .slice(-LATEST_TEXTS)
        .reverse()
        .flatMap(({ answer, at }) => ('text' in answer ? [{ text: answer.text, at }] : []));
      return { questionId: q.id, kind: 'text', answered, latest };
    }
  }
}

/** The survey's results: how many answered, where, and per question. */
export async function surveyResults(
  deps: Pick<ServiceDeps, 'store'>,
  id: string,
): Promise<SurveyResults> {
  const row = await surveyOrMissing(deps, id);
  const responses = await deps.store.surveys.responses(id);
  const byChannel: Record<SurveyChannel, number> = { after_chat: 0, page: 0, link: 0 };
  for (const r of responses) byChannel[r.channel] += 1;
  return {
    survey: presentSurvey(row, responses.length),
    responses: responses.length,
    byChannel,
    questions: row.questions.map((q) => questionResult(q, responses)),
  };
}
