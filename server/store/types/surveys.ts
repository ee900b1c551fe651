import type {
  Language,
  SurveyAnswer,
  SurveyChannel,
  SurveyPlacement,
  SurveyQuestion,
  SurveyStatus,
} from '../../../protocol/index.ts';
import type { TimeRange } from './reports.ts';

export interface SurveyRow {
  id: string;
  title: string;
  intro: string;
  status: SurveyStatus;
  questions: SurveyQuestion[];
  placement: SurveyPlacement;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface SurveyResponseRow {
  id: string;
  surveyId: string;
  visitorId: string | null;
  clientId: string;
  channel: SurveyChannel;
  pageUrl: string | null;
  conversationId: string | null;
  lang: Language;
  answers: SurveyAnswer[];
  createdAt: string;
}

/** What a save changes; `version` is the one the admin edited. */
export type SurveyChange = Pick<
  SurveyRow,
  'title' | 'intro' | 'questions' | 'placement' | 'status' | 'updatedAt'
>;

export interface SurveyRepository {
  /** Stores a new survey at version 1. */
  create(row: Omit<SurveyRow, 'version'>): Promise<SurveyRow>;
  get(id: string): Promise<SurveyRow | null>;
  /** Newest first, with each survey's response count. */
  list(): Promise<{ survey: SurveyRow; responses: number }[]>;
  /** Open surveys, oldest first: what the widget may invite to. */
  listOpen(): Promise<SurveyRow[]>;
  /**
   * Compare-and-set: writes the change and bumps the version only when the row is still at
   * `version` and, with `unanswered`, nobody has answered it yet (its questions change); null
   * when not (or the survey is gone).
   */
  update(
    id: string,
    version: number,
    change: SurveyChange,
    options?: { unanswered: boolean },
  ): Promise<SurveyRow | null>;
  countResponses(surveyId: string): Promise<number>;
  /**
   * Stores a response checked against the survey at `surveyVersion`. `duplicate`: one with this
   * clientId is already stored (it is returned); `answered`: this visitor answered the survey
   * before under another clientId; `changed`: the survey is no longer open at that version (its
   * questions or status changed meanwhile). Nothing is stored but for `stored`.
   */
  addResponse(
    row: SurveyResponseRow,
    surveyVersion: number,
  ): Promise<
    | { kind: 'stored'; response: SurveyResponseRow }
    | { kind: 'duplicate'; response: SurveyResponseRow }
    | { kind: 'answered' }
    | { kind: 'changed' }
  >;
  /** The response stored under this clientId, if any. */
  responseByClient(surveyId: string, clientId: string): Promise<SurveyResponseRow | null>;
  hasAnswered(surveyId: string, visitorId: string): Promise<boolean>;
  /** Every response to one survey, oldest first. */
  responses(surveyId: string): Promise<SurveyResponseRow[]>;
  /** Every response stored in a period (any survey), oldest first: the monthly report's. */
  responsesIn(range: TimeRange): Promise<SurveyResponseRow[]>;
}
