import type { MonthlyReport, ReportSurvey, ReportSurveyQuestion } from '../../protocol/report.ts';
import { formatCount, formatRating, formatShare } from './format.ts';
import type { ReportTexts } from './i18n.ts';
import { SURVEY_REPORT_TEXTS } from './survey-texts.ts';
import type { ReportTable } from './tables.ts';

/** A question's result in words: the average rating, each option's count and share, or where texts are. */
export function surveyResult(q: ReportSurveyQuestion, tx: ReportTexts): string {
  const st = SURVEY_REPORT_TEXTS[tx.locale];
  if (q.kind === 'rating')
    return q.average === null ? tx.none : st.average(formatRating(q.average, tx));
  if (q.kind === 'text') return st.text;
  // Shares of the responses that answered: a multiple choice's can add up to more than 100 %.
  return q.options
    .map((o) =>
      st.option(
        o.label,
        formatCount(o.count, tx),
        formatShare(q.answered ? o.count / q.answered : null, tx),
      ),
    )
    .join(tx.locale === 'zh-CN' ? '；' : '; ');
}

/** One survey: each question, how many answered it, and its result. */
export function surveyTable(survey: ReportSurvey, tx: ReportTexts): ReportTable {
  const st = SURVEY_REPORT_TEXTS[tx.locale];
  return {
    caption: st.caption(
      survey.title,
      formatCount(survey.responses, tx),
      formatCount(survey.previousResponses, tx),
    ),
    columns: [st.colQuestion, st.colAnswered, st.colResult],
    numeric: [false, true, false],
    rows: survey.questions.map((q) => [q.prompt, formatCount(q.answered, tx), surveyResult(q, tx)]),
  };
}

export function surveyTables(report: MonthlyReport, tx: ReportTexts): ReportTable[] {
  return report.surveys.map((s) => surveyTable(s, tx));
}
