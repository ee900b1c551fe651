import type { CloseType, Rating } from './conversation.ts';
import type { Language } from './language.ts';
import type { SurveyQuestionKind } from './surveys.ts';
import type { TicketType } from './tickets.ts';

/**
 * The monthly consultation analysis (月度咨询分析). REST: GET /api/reports?month=YYYY-MM (or
 * ?from=YYYY-MM-DD&to=YYYY-MM-DD) → MonthlyReport; `/api/reports/report.xlsx` and
 * `/api/reports/report.html` (printable) take the same query. Admins only.
 *
 * Counting rules, one place for all of them:
 * - A conversation belongs to the period it started in, in the desk's time zone; what happens
 *   inside conversations (bot answers, votes on them, handoffs right after an answer, agent
 *   messages, unanswered questions, left messages) counts in the period it happened in.
 * - Handed off: the visitor asked for a person (handoffRequestedAt set). Bot only: not handed off.
 * - Queue wait: handoff request → first assignment. Abandoned: handed off, never assigned, and
 *   closed (the visitor left), or still waiting when the period's data was read.
 * - First reply: handoff request → the first agent message. Picked up within N s: first reply
 *   at most `pickUpSeconds` after the handoff request, out of every handed-off conversation.
 * - Handling time: first assignment → close, for closed conversations an agent held.
 * - Per agent: conversations whose last holder was the agent, and the messages they wrote in
 *   the period.
 * - Satisfied: rated 4 or 5 of 5, out of the rated.
 * - Work orders (工单): see `ReportTicketFigures`; creations, resolutions, returns and
 *   reopenings count in the period they happened in.
 * Durations are seconds; shares are 0–1 and null when there is nothing to divide by.
 */
export interface ReportPeriod {
  /** First day, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to: string;
  /** `YYYY-MM` when the period is one calendar month. */
  month: string | null;
  timeZone: string;
}

export interface ReportSettings {
  /** "Answered within 20 seconds": the pick-up threshold. */
  pickUpSeconds: number;
  /** The target share picked up within the threshold (the seeds: 0.95). */
  pickUpTarget: number;
  /** The target satisfied share (the seeds: 0.85–0.95). */
  satisfactionTarget: number;
}

/** The figures compared with the previous period. */
export interface ReportHeadline {
  conversations: number;
  visitorMessages: number;
  visitors: number;
  /** Visitors first seen in the period; the rest are returning. */
  newVisitors: number;
  returningVisitors: number;
  botOnly: number;
  botOnlyShare: number | null;
  handoffs: number;
  handoffRate: number | null;
  leftMessages: number;
  queueWaitP50: number | null;
  queueWaitP90: number | null;
  abandoned: number;
  firstReplyP50: number | null;
  firstReplyP90: number | null;
  pickedUp: number;
  pickUpShare: number | null;
  handlingTimeP50: number | null;
  ratings: number;
  ratingAverage: number | null;
  satisfiedShare: number | null;
  complaints: number;
}

export type ReportHeadlineKey = keyof ReportHeadline;

/** Closed with a type, or not classified (bot-only conversations, or closed without a type). */
export type ReportTypeKey = CloseType | 'unclassified';

export interface ReportDay {
  date: string;
  conversations: number;
  visitorMessages: number;
  handoffs: number;
  botOnly: number;
}

export interface ReportDepartment {
  /** null: conversations the bot settled, which never reached a department. */
  id: string | null;
  nameZh: string;
  nameEn: string;
  conversations: number;
  handoffs: number;
  byType: Record<ReportTypeKey, number>;
  pickUpShare: number | null;
  firstReplyP50: number | null;
  ratings: number;
  ratingAverage: number | null;
}

export interface ReportQuestion {
  faqId: string;
  /** The entry's question as it reads now (or as it was stored, if deleted since). */
  question: string;
  lang: Language | null;
  departmentId: string | null;
  /** Bot answers from this entry in the period; votes and handoffs after, cast then too. */
  hits: number;
  helpful: number;
  unhelpful: number;
  /** Times a visitor asked for a person right after this answer. */
  handoffsAfter: number;
}

/** A group of similar questions the bot did not settle (知识缺口), the consultation information base. */
export interface ReportGapGroup {
  representative: string;
  count: number;
  /** Other wordings, most asked first. */
  examples: string[];
}

export interface ReportAgent {
  id: string;
  name: string;
  chats: number;
  messages: number;
  firstReplyP50: number | null;
  firstReplyP90: number | null;
  pickUpShare: number | null;
  handlingTimeP50: number | null;
  ratings: number;
  ratingAverage: number | null;
}

export interface ReportComment {
  conversationId: string;
  rating: Rating;
  comment: string;
  ratedAt: string;
  agentName: string | null;
  departmentId: string | null;
}

/**
 * The work orders of a period. Counting rules:
 * - Created: tickets created in the period.
 * - Resolved: tickets whose current resolution was made in the period (a reopened ticket's
 *   earlier resolution no longer counts; it counts again when resolved again). Of these:
 *   on time, resolved at or before its due time (as it stands now); resolution time, created →
 *   resolved, mean and median (nearest rank).
 * - Follow-up rate (回访率): of the tickets resolved in the period whose type needs a follow-up
 *   (desk settings, as they are now) or that got one anyway, the share with a follow-up
 *   recorded when the report is read.
 * - Returned and reopened: those steps of the timeline taken in the period, each time counted.
 * - Open and overdue at the end: tickets whose status at the period's end (replayed from the
 *   timeline; for a period still running, now) was new, in progress, waiting for a department
 *   or returned; overdue, those of them whose due time (as it stands now) had passed by then.
 * Durations are seconds.
 */
export interface ReportTicketFigures {
  created: number;
  resolved: number;
  resolvedOnTime: number;
  onTimeShare: number | null;
  resolutionAverage: number | null;
  resolutionP50: number | null;
  /** Resolved in the period and needing (or having) a follow-up: the follow-up rate's base. */
  followUpBase: number;
  followedUp: number;
  followUpRate: number | null;
  returned: number;
  reopened: number;
  openAtEnd: number;
  overdueAtEnd: number;
}

export type ReportTicketFigureKey = keyof ReportTicketFigures;

/** Tickets created in the period, by the department they are with when the report is read. */
export interface ReportTicketDepartment {
  id: string;
  nameZh: string;
  nameEn: string;
  created: number;
  byType: Record<TicketType, number>;
}

export interface ReportTickets {
  figures: ReportTicketFigures;
  /** The same figures for the previous period. */
  previous: ReportTicketFigures;
  /** Departments with tickets created in the period, most first. */
  departments: ReportTicketDepartment[];
  /** Tickets created in the period, by type. */
  types: Record<TicketType, number>;
}

export interface MonthlyReport {
  period: ReportPeriod;
  /** The period just before, of the same length (the previous calendar month for a month). */
  previousPeriod: ReportPeriod;
  generatedAt: string;
  settings: ReportSettings;
  headline: ReportHeadline;
  previous: ReportHeadline;
  daily: ReportDay[];
  /** Conversations started, [weekday 0 = Monday … 6 = Sunday][hour 0–23], in the time zone. */
  heatmap: number[][];
  departments: ReportDepartment[];
  types: Record<ReportTypeKey, number>;
  /** Most answered entries first, at most 20. */
  topQuestions: ReportQuestion[];
  /** Largest groups first, at most 20. */
  gapGroups: ReportGapGroup[];
  /** Most chats first. */
  agents: ReportAgent[];
  satisfaction: {
    /** Ratings 1 … 5 at index 0 … 4. */
    distribution: number[];
    /** Unhappy first (lowest rating), then newest; at most 200. */
    comments: ReportComment[];
  };
  /** Work orders (工单). */
  tickets: ReportTickets;
  /** Online surveys (专项调查) answered in the period, most answered first. */
  surveys: ReportSurvey[];
}

/**
 * One survey's responses stored in the period, counted question by question: ratings as their
 * average, choices as a count per option (a multiple choice counts every option ticked), text
 * questions as how many answered. Questions are as the survey has them: they cannot change once
 * it has answers.
 */
export interface ReportSurvey {
  id: string;
  title: string;
  responses: number;
  /** Its responses in the period before. */
  previousResponses: number;
  questions: ReportSurveyQuestion[];
}

export interface ReportSurveyQuestion {
  prompt: string;
  kind: SurveyQuestionKind;
  /** Responses that answered this question. */
  answered: number;
  /** Ratings only: the average of 1–5 stars, two decimals; null when nobody rated. */
  average: number | null;
  /** Choices only: every option with how often it was chosen, in the question's order. */
  options: { label: string; count: number }[];
}
