import type { ReportSurvey, ReportSurveyQuestion } from '../../../protocol/index.ts';
import type { SurveyResponseRow, SurveyRow, TimeRange } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { questionResult } from '../surveys/results.ts';

function byTheSurvey(responses: SurveyResponseRow[]): Map<string, SurveyResponseRow[]> {
  const out = new Map<string, SurveyResponseRow[]>();
  for (const r of responses) out.set(r.surveyId, [...(out.get(r.surveyId) ?? []), r]);
  return out;
}

function questionOf(
  q: SurveyRow['questions'][number],
  responses: SurveyResponseRow[],
): ReportSurveyQuestion {
  const result = questionResult(q, responses);
  return {
    prompt: q.prompt,
    kind: q.kind,
    answered: result.answered,
    average: result.kind === 'rating' ? result.average : null,
    options:
      result.kind === 'single' || result.kind === 'multiple'
        ? q.options.map((label, i) => ({ label, count: result.counts[i] ?? 0 }))
        : [],
  };
}

/** 专项调查 in the report: every survey answered in the period, counted as its results page does. */
export async function surveysOf(
  deps: Pick<ServiceDeps, 'store'>,
  current: TimeRange,
  previous: TimeRange,
): Promise<ReportSurvey[]> {
  const [now, before] = await Promise.all([
    deps.store.surveys.responsesIn(current),
    deps.store.surveys.responsesIn(previous),
  ]);
  const earlier = byTheSurvey(before);
  const out: ReportSurvey[] = [];
  for (const [id, responses] of byTheSurvey(now)) {
    const survey = await deps.store.surveys.get(id);
    if (!survey) continue;
    out.push({
      id,
      title: survey.title,
      responses: responses.length,
      previousResponses: earlier.get(id)?.length ?? 0,
      questions: survey.questions.map((q) => questionOf(q, responses)),
    });
  }
  return out.sort((a, b) => b.responses - a.responses || a.title.localeCompare(b.title));
}
