import { HEADLINE_CARDS, targetOf } from '../../../console/report/cards.ts';
import {
  changeOf,
  dateTimeOf,
  figureLabel,
  formatFigure,
  formatShare,
  isEmpty,
  periodName,
} from '../../../console/report/format.ts';
import { REPORT_TEXTS, type ReportTexts } from '../../../console/report/i18n.ts';
import { reportCharts, type ChartKey } from '../../../console/report/report-charts.ts';
import { agentsTable, headlineTable, type ReportTable } from '../../../console/report/tables.ts';
import {
  noTickets,
  ticketDepartmentsTable,
  ticketFiguresTable,
} from '../../../console/report/ticket-tables.ts';
import { surveyTables } from '../../../console/report/survey-tables.ts';
import { SURVEY_REPORT_TEXTS } from '../../../console/report/survey-texts.ts';
import { TICKET_REPORT_TEXTS } from '../../../console/report/ticket-texts.ts';
import type { Language } from '../../../protocol/language.ts';
import type { MonthlyReport } from '../../../protocol/report.ts';
import { renderChartSvg } from './chart-svg.ts';
import { PRINTABLE_CSS } from './printable-style.ts';
import { escapeHtml as esc } from '../escape-html.ts';

/**
 * The page's Content-Security-Policy: no script at all, so its inline stylesheet and the
 * charts' style attributes can be allowed. The route sends it instead of the console's policy.
 */
export const PRINTABLE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'self'";

/** Past six columns a table takes the small print, or it would run off an A4 page. */
function tableHtml(table: ReportTable): string {
  const wide = table.columns.length > 6;
  const cls = (i: number) => (table.numeric[i] ? ' class="num"' : '');
  const head = table.columns.map((c, i) => `<th scope="col"${cls(i)}>${esc(c)}</th>`).join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td${cls(i)}>${esc(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<table${wide ? ' class="wide"' : ''}><caption>${esc(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function cardsHtml(report: MonthlyReport, tx: ReportTexts): string {
  const { headline, previous, settings } = report;
  const cards = HEADLINE_CARDS.map((key) => {
    const change = changeOf(key, headline, previous, tx);
    const target = targetOf(key, settings);
    const judgement =
      change.judgement === 'neutral' ? '' : ` <strong>${esc(tx[change.judgement])}</strong>`;
    return `<li class="card ${change.judgement}">
<p class="label">${esc(figureLabel(key, settings, tx))}</p>
<p class="value">${esc(formatFigure(key, headline[key], tx))}</p>
${target === null ? '' : `<p class="small">${esc(tx.target(formatShare(target, tx)))}</p>`}
<p class="small"><span aria-hidden="true">${change.arrow}</span> ${esc(change.text)}${judgement} · ${esc(tx.comparedWith(formatFigure(key, previous[key], tx)))}</p>
</li>`;
  });
  return `<ul class="cards">${cards.join('')}</ul>`;
}

function commentsHtml(report: MonthlyReport, tx: ReportTexts): string {
  const comments = report.satisfaction.comments;
  if (comments.length === 0) return `<p class="muted">${esc(tx.noComments)}</p>`;
  const items = comments.map((c) => {
    const stars = '★'.repeat(c.rating) + '☆'.repeat(5 - c.rating);
    const meta = [c.agentName, dateTimeOf(c.ratedAt, tx, report.period.timeZone)]
      .filter((part): part is string => Boolean(part))
      .join(' · ');
    return `<li${c.rating <= 2 ? ' class="unhappy"' : ''}>
<p><span class="stars" aria-hidden="true">${stars}</span> ${esc(tx.stars(c.rating))}</p>
<p>${esc(c.comment)}</p>
<p class="muted">${esc(meta)}</p>
</li>`;
  });
  return `<ol class="comments">${items.join('')}</ol>`;
}

function ticketsHtml(report: MonthlyReport, tx: ReportTexts): string {
  if (noTickets(report)) return `<p class="muted">${esc(TICKET_REPORT_TEXTS[tx.locale].none)}</p>`;
  const departments = report.tickets.figures.created > 0;
  return (
    tableHtml(ticketFiguresTable(report, tx)) +
    (departments ? tableHtml(ticketDepartmentsTable(report, tx)) : '')
  );
}

function surveysHtml(report: MonthlyReport, tx: ReportTexts): string {
  if (report.surveys.length === 0) {
    return `<p class="muted">${esc(SURVEY_REPORT_TEXTS[tx.locale].none)}</p>`;
  }
  return surveyTables(report, tx).map(tableHtml).join('');
}

function section(title: string, body: string, newPage: boolean): string {
  return `<section${newPage ? ' class="page"' : ''}><h2>${esc(title)}</h2>${body}</section>`;
}

function sectionsHtml(report: MonthlyReport, tx: ReportTexts): string {
  const charts = reportCharts(report, tx);
  const chart = (key: ChartKey, otherwise = ''): string => {
    const c = charts[key];
    if (!c) return otherwise ? `<p class="muted">${esc(otherwise)}</p>` : '';
    return `<figure><figcaption>${esc(c.title)}</figcaption>
<div class="chart" role="img" aria-label="${esc(tx.chartName(c.title))}">${renderChartSvg(c.option, c.height)}</div>
${tableHtml(c.table)}</figure>`;
  };
  const handedOff = report.headline.handoffs > 0;
  const agents = report.agents.length > 0 ? tableHtml(agentsTable(report, tx)) : '';
  return [
    section(tx.headlineTitle, cardsHtml(report, tx) + tableHtml(headlineTable(report, tx)), false),
    section(tx.sectionVolume, chart('daily') + chart('heatmap'), true),
    section(tx.sectionDepartments, chart('departmentTypes') + chart('types'), true),
    section(
      tx.sectionQuestions,
      chart('topQuestions', tx.noQuestions) + chart('gapGroups', tx.noGaps),
      true,
    ),
    section(
      tx.sectionService,
      (handedOff
        ? chart('responseTimes') + chart('pickUp')
        : `<p class="muted">${esc(tx.noHandoffs)}</p>`) + agents,
      true,
    ),
    section(
      tx.sectionSatisfaction,
      chart('satisfaction', tx.noRatings) +
        (report.headline.ratings > 0
          ? `<h3>${esc(tx.comments)}</h3>${commentsHtml(report, tx)}`
          : ''),
      true,
    ),
    section(TICKET_REPORT_TEXTS[tx.locale].section, ticketsHtml(report, tx), true),
    section(SURVEY_REPORT_TEXTS[tx.locale].section, surveysHtml(report, tx), false),
  ].join('\n');
}

/**
 * The monthly report as one self-contained, A4-friendly HTML page: the console's charts
 * (the same option builders, rendered to SVG here) and tables, in the language asked for.
 */
export function renderPrintableReport(report: MonthlyReport, lang: Language): string {
  const tx = REPORT_TEXTS[lang];
  const period = periodName(report.period, tx);
  const meta: [string, string][] = [
    [tx.period, `${period} (${tx.range(report.period.from, report.period.to)})`],
    [tx.previousPeriod, periodName(report.previousPeriod, tx)],
    [tx.timeZone, report.period.timeZone],
    [tx.generatedAt, dateTimeOf(report.generatedAt, tx, report.period.timeZone)],
  ];
  // Work orders are also made by hand and surveys answered by link, so a month without chats
  // may still have some.
  const ticketsOnly =
    (noTickets(report)
      ? ''
      : section(TICKET_REPORT_TEXTS[tx.locale].section, ticketsHtml(report, tx), false)) +
    (report.surveys.length === 0
      ? ''
      : section(SURVEY_REPORT_TEXTS[tx.locale].section, surveysHtml(report, tx), false));
  const body = isEmpty(report)
    ? `<div class="empty"><h2>${esc(tx.emptyTitle)}</h2><p>${esc(tx.emptyHint)}</p></div>${ticketsOnly}`
    : sectionsHtml(report, tx);
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${tx.title} · ${period}`)}</title>
<style>${PRINTABLE_CSS}</style>
</head>
<body>
<header>
<h1>${esc(tx.title)}</h1>
<p class="period">${esc(period)}</p>
<dl class="meta">${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}
