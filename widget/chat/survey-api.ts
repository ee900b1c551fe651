import type { SurveyForVisitor } from '../../protocol/surveys.ts';
import { submitted, type Submitted, type SurveyResponseBody } from './survey-model.ts';

/** GET /api/surveys/:id's outcome: the survey, or why not (not open, or not reachable). */
export type Fetched = { survey: SurveyForVisitor } | { survey: null; gone: boolean };

/** The visitor's token goes as a header, as with files (server/http/require-visitor.ts). */
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const path = (id: string) => `/api/surveys/${encodeURIComponent(id)}`;

export async function fetchSurvey(token: string, id: string): Promise<Fetched> {
  try {
    const res = await fetch(path(id), { headers: auth(token) });
    if (res.ok) return { survey: (await res.json()) as SurveyForVisitor };
    return { survey: null, gone: res.status === 404 };
  } catch {
    return { survey: null, gone: false };
  }
}

/** Sends the answers; the same clientId again (after a lost answer) stores nothing twice. */
export async function sendAnswers(
  token: string,
  id: string,
  body: SurveyResponseBody,
): Promise<Submitted> {
  try {
    const res = await fetch(`${path(id)}/responses`, {
      method: 'POST',
      headers: { ...auth(token), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    return submitted(res.status, answer?.error?.message ?? null);
  } catch {
    return { kind: 'failed' };
  }
}
