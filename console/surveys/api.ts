import type { Survey, SurveyResults, SurveyStatus } from '../../protocol/surveys.ts';
import { request, type Result } from '../rest.ts';
import type { SurveySaveInput } from './draft.ts';

const surveyPath = (id: string, action = '') =>
  `/api/admin/surveys/${encodeURIComponent(id)}${action}`;

export function fetchSurveys(): Promise<Result<{ surveys: Survey[] }>> {
  return request('GET', '/api/admin/surveys');
}

export function fetchSurvey(id: string): Promise<Result<{ survey: Survey }>> {
  return request('GET', surveyPath(id));
}

/** A new survey starts as a draft. */
export function createSurvey(input: SurveySaveInput): Promise<Result<{ survey: Survey }>> {
  return request('POST', '/api/admin/surveys', { json: input });
}

/** Names the version on screen: a stale one, or new questions once answered, is refused (409). */
export function saveSurvey(
  id: string,
  input: SurveySaveInput,
): Promise<Result<{ survey: Survey }>> {
  return request('PUT', surveyPath(id), { json: input });
}

export function setSurveyStatus(
  id: string,
  status: SurveyStatus,
  version: number,
): Promise<Result<{ survey: Survey }>> {
  return request('POST', surveyPath(id, '/status'), { json: { status, version } });
}

export function fetchResults(id: string): Promise<Result<SurveyResults>> {
  return request('GET', surveyPath(id, '/results'));
}

/** A plain link: the browser downloads it with the session cookie. */
export function exportHref(id: string, format: 'xlsx' | 'csv'): string {
  return surveyPath(id, `/export?format=${format}`);
}

/** Where visitors answer a survey by link (the chat app, full page). */
export function surveyLink(id: string): string {
  return `${location.origin}/chat?survey=${encodeURIComponent(id)}`;
}
