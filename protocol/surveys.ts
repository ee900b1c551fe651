/**
 * Online surveys (专项调查): an admin builds one, says where it shows, visitors answer it in the
 * widget, the console shows the results per question. Types only; request schemas are in
 * `schemas/surveys.ts`, the REST routes in docs/api.md.
 */

/** 评分 (1–5 stars), 单选, 多选, 文字. */
export const SURVEY_QUESTION_KINDS = ['rating', 'single', 'multiple', 'text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** draft: being built, shown nowhere; open: shown and answered; closed: results only. */
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const SURVEY_LIMITS = {
  questions: 20,
  options: 10,
  /** Page patterns a survey shows on. */
  pages: 10,
  titleChars: 100,
  introChars: 500,
  promptChars: 300,
  optionChars: 100,
  answerChars: 2000,
} as const;

export interface SurveyQuestion {
  /** Made by the server when the survey is saved; answers and exports refer to it. */
  id: string;
  kind: SurveyQuestionKind;
  prompt: string;
  required: boolean;
  /** The choices of `single` and `multiple`, in order; empty for the others. */
  options: string[];
}

/**
 * Where a survey shows. `afterChat`: in the widget once an agent closed the visitor's chat;
 * `pages`: in the widget on host pages whose address matches one of these patterns
 * (`protocol/url-pattern.ts`); `link`: anyone with its link (`/chat?survey=<id>`) can answer.
 */
export interface SurveyPlacement {
  afterChat: boolean;
  pages: string[];
  link: boolean;
}

/** REST: GET /api/admin/surveys/:id, and `survey` of every answer that changes one. */
export interface Survey {
  id: string;
  title: string;
  intro: string;
  status: SurveyStatus;
  questions: SurveyQuestion[];
  placement: SurveyPlacement;
  responses: number;
  createdAt: string;
  updatedAt: string;
  /** Every save bumps it; a save naming an older one is refused (someone else changed it). */
  version: number;
}

/** What the widget needs to decide where to invite: in `/api/widget/config`, open surveys only. */
export interface SurveyInvite {
  id: string;
  title: string;
  placement: SurveyPlacement;
}

/** REST: GET /api/surveys/:id (visitor token): an open survey as the widget shows it. */
export interface SurveyForVisitor {
  id: string;
  title: string;
  intro: string;
  questions: SurveyQuestion[];
  /** This visitor already answered it (one answer per visitor and survey). */
  answered: boolean;
}

/** One answer: the stars, the chosen option indexes, or the words. */
export type SurveyAnswer =
  | { questionId: string; rating: 1 | 2 | 3 | 4 | 5 }
  | { questionId: string; choices: number[] }
  | { questionId: string; text: string };

/** Where the visitor was when they answered. */
export type SurveyChannel = 'after_chat' | 'page' | 'link';

/** REST: POST /api/surveys/:id/responses → the stored response. */
export interface SurveyReceipt {
  id: string;
  createdAt: string;
}

/** Per question, counted over every stored response. */
export type SurveyQuestionResult =
  | {
      questionId: string;
      kind: 'rating';
      answered: number;
      /** null when nobody rated. */
      average: number | null;
      /** [count of 1 star, …, count of 5 stars]. */
      counts: [number, number, number, number, number];
    }
  | {
      questionId: string;
      kind: 'single' | 'multiple';
      answered: number;
      /** Per option, in the question's order. */
      counts: number[];
    }
  | {
      questionId: string;
      kind: 'text';
      answered: number;
      /** The newest texts first (at most 50 here; the export has them all). */
      latest: { text: string; at: string }[];
    };

/** REST: GET /api/admin/surveys/:id/results. */
export interface SurveyResults {
  survey: Survey;
  responses: number;
  byChannel: Record<SurveyChannel, number>;
  questions: SurveyQuestionResult[];
}
