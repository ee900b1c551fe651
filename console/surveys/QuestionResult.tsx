import type { Language } from '../../protocol/language.ts';
import type { SurveyQuestion, SurveyQuestionResult } from '../../protocol/surveys.ts';
import { dateTime } from '../format.ts';
import type { SurveysTexts } from './i18n.ts';
import { averageText, barsOf, type Bar } from './results.ts';

interface Props {
  tx: SurveysTexts;
  lang: Language;
  n: number;
  question: SurveyQuestion;
  /** Missing only if the server left a question out: shown as unanswered. */
  result: SurveyQuestionResult | undefined;
}

/** One question's answers: stars or choices as bars with their counts, or the latest texts. */
export function QuestionResult({ tx, lang, n, question, result }: Props) {
  const headingId = `sv-result-${question.id}`;
  const answered = result?.answered ?? 0;
  const average = result?.kind === 'rating' ? averageText(result.average) : null;
  return (
    <section class="desk-card sv-result" aria-labelledby={headingId}>
      <h3 id={headingId}>{`${n}. ${question.prompt}`}</h3>
      <p class="desk-muted">
        {tx.kinds[question.kind]} · {tx.answered(answered)}
      </p>
      {result?.kind === 'rating' && (
        <p class="sv-average">{average === null ? tx.noRatings : tx.average(average)}</p>
      )}
      {result && result.kind !== 'text' && (
        <Bars
          tx={tx}
          label={tx.chartOf(question.prompt)}
          bars={barsOf(result, question, tx.stars)}
        />
      )}
      {result?.kind === 'text' &&
        (result.latest.length === 0 ? (
          <p class="desk-muted">{tx.noAnswers}</p>
        ) : (
          <>
            <h4>{tx.latest}</h4>
            <ol class="sv-texts">
              {result.latest.map((answer, i) => (
                <li key={i}>
                  <p class="desk-text">{answer.text}</p>
                  <time dateTime={answer.at}>{dateTime(answer.at, lang)}</time>
                </li>
              ))}
            </ol>
            {answered > result.latest.length && <p class="desk-muted">{tx.moreInExport}</p>}
          </>
        ))}
      {!result && <p class="desk-muted">{tx.noAnswers}</p>}
    </section>
  );
}

/** Plain bars: the count and share are text beside each, the bar itself is only a picture. */
function Bars({ tx, label, bars }: { tx: SurveysTexts; label: string; bars: Bar[] }) {
  return (
    <ul class="sv-bars" aria-label={label}>
      {bars.map((bar, i) => (
        <li key={i}>
          <span class="sv-bar-label">{bar.label}</span>
          <span class="sv-bar" aria-hidden="true">
            <span style={{ width: `${bar.percent}%` }} />
          </span>
          <span class="sv-bar-count">{tx.bar(bar.count, bar.percent)}</span>
        </li>
      ))}
    </ul>
  );
}
