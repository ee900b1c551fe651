import type {
  Survey,
  SurveyChannel,
  SurveyQuestion,
  SurveyQuestionResult,
} from '../../protocol/surveys.ts';

/** Whole percent of `base`, rounded; 0 when nobody answered (never NaN on screen). */
export function percent(count: number, base: number): number {
  return base > 0 ? Math.round((count / base) * 100) : 0;
}

/** One bar of a question's chart: its label, count and share of those who answered. */
export interface Bar {
  label: string;
  count: number;
  percent: number;
}

/**
 * Rating bars from 5 stars down to 1, as people read a score table. Choice bars in the
 * question's order; a multiple choice's shares may add up to more than 100 %.
 */
export function barsOf(
  result: SurveyQuestionResult,
  question: SurveyQuestion | undefined,
  starLabel: (stars: number) => string,
): Bar[] {
  if (result.kind === 'text') return [];
  const labels =
    result.kind === 'rating'
      ? result.counts.map((_, i) => starLabel(i + 1))
      : result.counts.map((_, i) => question?.options[i] ?? String(i + 1));
  const bars = result.counts.map((count, i) => ({
    label: labels[i] ?? '',
    count,
    percent: percent(count, result.answered),
  }));
  return result.kind === 'rating' ? bars.reverse() : bars;
}

/** An average to one decimal, the way 4.3 is written in both languages. */
export function averageText(average: number | null): string | null {
  return average === null ? null : average.toFixed(1);
}

/** Results and questions side by side, in the survey's order. */
export function pairedResults(
  survey: Survey,
  results: SurveyQuestionResult[],
): { question: SurveyQuestion; result: SurveyQuestionResult | undefined }[] {
  return survey.questions.map((question) => ({
    question,
    result: results.find((r) => r.questionId === question.id),
  }));
}

/** The order channels are listed in: the widget's two invitations, then the link. */
export const SURVEY_CHANNELS_IN_ORDER: readonly SurveyChannel[] = ['after_chat', 'page', 'link'];
