import type { MonthlyReport } from '../../protocol/report.ts';
import { HEADLINE_CARDS, targetOf } from './cards.ts';
import { changeOf, figureLabel, formatFigure, formatShare } from './format.ts';
import type { ReportTexts } from './i18n.ts';

/**
 * One card per figure with its change against the previous period: an arrow, the change and
 * the word "better" or "worse" (by the figure: a shorter wait is better), then the colour.
 */
export function HeadlineCards({ report, tx }: { report: MonthlyReport; tx: ReportTexts }) {
  const { headline, previous, settings } = report;
  return (
    <ul class="report-cards">
      {HEADLINE_CARDS.map((key) => {
        const change = changeOf(key, headline, previous, tx);
        const target = targetOf(key, settings);
        return (
          <li key={key} class={`report-card ${change.judgement}`}>
            <p class="report-card-label">{figureLabel(key, settings, tx)}</p>
            <p class="report-card-value">{formatFigure(key, headline[key], tx)}</p>
            {target !== null && (
              <p class="report-card-target">{tx.target(formatShare(target, tx))}</p>
            )}
            <p class="report-card-change">
              <span aria-hidden="true">{change.arrow} </span>
              {change.text}
              {change.judgement !== 'neutral' && (
                <strong class="report-judgement">{tx[change.judgement]}</strong>
              )}
              <span class="report-card-previous">
                {tx.comparedWith(formatFigure(key, previous[key], tx))}
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
