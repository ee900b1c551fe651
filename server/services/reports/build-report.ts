import type { MonthlyReport } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { agentsOf, departmentsOf, typesOf } from './breakdowns.ts';
import { calendarOf } from './calendar.ts';
import { figuresOf } from './figures.ts';
import { gapGroupsOf } from './gap-groups.ts';
import { headlineOf } from './headline.ts';
import { reportPeriods, type ReportQueryInput } from './period.ts';
import { topQuestionsOf } from './questions.ts';
import { satisfactionOf } from './satisfaction.ts';
import { surveysOf } from './surveys.ts';
import { ticketsOf } from './tickets.ts';

export type ReportDeps = Pick<ServiceDeps, 'store' | 'faq' | 'clock'>;

/**
 * The monthly consultation analysis (月度咨询分析) of a month or range of days in the desk's
 * time zone, with the period before for comparison. Counting rules: protocol/report.ts.
 */
export async function buildReport(
  deps: ReportDeps,
  query: ReportQueryInput,
): Promise<MonthlyReport> {
  const generatedAt = deps.clock.now().toISOString();
  const settings = await getDeskSettings(deps);
  const { timeZone } = settings.businessHours;
  const { current, previous } = reportPeriods(query, timeZone);
  const { store } = deps;
  // A period still running is judged overdue as of now, not of its end still to come.
  const judgedAt = (to: string) => (to < generatedAt ? to : generatedAt);
  const [
    facts,
    before,
    left,
    leftBefore,
    agentMessages,
    faqUse,
    departments,
    agents,
    ticketFacts,
    ticketFactsBefore,
    surveys,
  ] = await Promise.all([
    store.reports.conversations(current.range),
    store.reports.conversations(previous.range),
    store.reports.countLeftMessages(current.range),
    store.reports.countLeftMessages(previous.range),
    store.reports.agentMessages(current.range),
    store.reports.faqUse(current.range),
    store.departments.list(),
    store.agents.list(),
    store.reports.tickets(current.range),
    store.reports.tickets(previous.range),
    surveysOf(deps, current.range, previous.range),
  ]);
  const conversations = facts.map((f) => figuresOf(f, settings.report));
  const agentNames = new Map(agents.map((a) => [a.id, a.name]));
  return {
    period: current.period,
    previousPeriod: previous.period,
    generatedAt,
    settings: settings.report,
    headline: headlineOf(conversations, left),
    previous: headlineOf(
      before.map((f) => figuresOf(f, settings.report)),
      leftBefore,
    ),
    ...calendarOf(conversations, current.days, timeZone),
    departments: departmentsOf(conversations, departments),
    types: typesOf(conversations),
    topQuestions: await topQuestionsOf(deps, faqUse),
    gapGroups: await gapGroupsOf(deps, current.range),
    agents: agentsOf(conversations, agentMessages, agents),
    satisfaction: satisfactionOf(conversations, agentNames),
    tickets: ticketsOf(
      { facts: ticketFacts, end: judgedAt(current.range.to) },
      { facts: ticketFactsBefore, end: judgedAt(previous.range.to) },
      settings.tickets,
      departments,
    ),
    surveys,
  };
}
