/** surveys and survey_responses rows as both engines hold them (JSON as text), and mappers. */
import type {
  Language,
  SurveyChannel,
  SurveyPlacement,
  SurveyQuestion,
  SurveyStatus,
} from '../../../protocol/index.ts';
import type { SurveyResponseRow, SurveyRow } from '../types.ts';

export interface SurveyRaw {
  id: string;
  title: string;
  intro: string;
  status: SurveyStatus;
  questions: string;
  placement: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SurveyResponseRaw {
  id: string;
  survey_id: string;
  visitor_id: string | null;
  client_id: string;
  channel: SurveyChannel;
  page_url: string | null;
  conversation_id: string | null;
  lang: Language;
  answers: string;
  created_at: string;
}

export const toSurveyRow = (r: SurveyRaw): SurveyRow => ({
  id: r.id,
  title: r.title,
  intro: r.intro,
  status: r.status,
  questions: JSON.parse(r.questions) as SurveyQuestion[],
  placement: JSON.parse(r.placement) as SurveyPlacement,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export const toSurveyResponseRow = (r: SurveyResponseRaw): SurveyResponseRow => ({
  id: r.id,
  surveyId: r.survey_id,
  visitorId: r.visitor_id,
  clientId: r.client_id,
  channel: r.channel,
  pageUrl: r.page_url,
  conversationId: r.conversation_id,
  lang: r.lang,
  answers: JSON.parse(r.answers) as SurveyResponseRow['answers'],
  createdAt: r.created_at,
});
