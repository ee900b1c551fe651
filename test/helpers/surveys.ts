import { expect } from 'vitest';
import type { z } from 'zod';
import type { Survey, SurveyPlacement, WidgetConfig } from '../../protocol/index.ts';
import type { surveySaveSchema } from '../../protocol/schemas/surveys.ts';
import { consoleRequest } from './console-api.ts';
import type { TestServer } from './server.ts';
import { newClientId } from './visitor-client.ts';

export type SurveySaveInput = z.input<typeof surveySaveSchema>;

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

async function reply<T>(res: Response): Promise<Reply<T>> {
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, body: (type.includes('json') ? await res.json() : null) as T };
}

/** Console REST calls with one sign-in's cookie, answered as status and JSON body. */
export function consoleCalls(server: TestServer, cookie: string | null) {
  return async <T = unknown>(method: string, path: string, body?: unknown): Promise<Reply<T>> =>
    reply<T>(await consoleRequest(server.url, method, path, cookie, body));
}

/** The widget's survey calls with a visitor's token (null: none). */
export function visitorCalls(server: TestServer, token: string | null) {
  return async <T = unknown>(method: string, path: string, body?: unknown): Promise<Reply<T>> =>
    reply<T>(
      await fetch(`${server.url}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
}

export const NO_PLACEMENT: SurveyPlacement = { afterChat: false, pages: [], link: false };

/** A survey with one question of each kind: stars, one choice, several choices, words. */
export const SHOP_SURVEY: SurveySaveInput = {
  title: '购物体验调查',
  intro: '占用您一分钟',
  questions: [
    { kind: 'rating', prompt: '您对本次服务满意吗？', required: true, options: [] },
    {
      kind: 'single',
      prompt: '您从哪里知道我们？',
      required: true,
      options: ['朋友', '广告', '搜索'],
    },
    {
      kind: 'multiple',
      prompt: 'Which did you buy?',
      required: false,
      options: ['Cups', 'Plates', 'Bowls', 'Spoons'],
    },
    { kind: 'text', prompt: '还有什么建议？', required: false, options: [] },
  ],
  placement: { afterChat: true, pages: ['/checkout*'], link: true },
};

type Calls = ReturnType<typeof consoleCalls>;

/** Creates a survey as the admin; returns it (a draft). */
export async function createSurvey(admin: Calls, input: SurveySaveInput = SHOP_SURVEY) {
  const made = await admin<{ survey: Survey }>('POST', '/api/admin/surveys', input);
  expect(made.status).toBe(201);
  return made.body.survey;
}

/** Creates and opens a survey; returns it open. */
export async function openSurvey(admin: Calls, input: SurveySaveInput = SHOP_SURVEY) {
  const draft = await createSurvey(admin, input);
  const opened = await admin<{ survey: Survey }>('POST', `/api/admin/surveys/${draft.id}/status`, {
    status: 'open',
    version: draft.version,
  });
  expect(opened.status).toBe(200);
  return opened.body.survey;
}

/** What `/api/widget/config` invites to: the survey ids. */
export async function invitedIds(server: TestServer): Promise<string[]> {
  const config = (await (await fetch(`${server.url}/api/widget/config`)).json()) as WidgetConfig;
  return config.surveys.map((s) => s.id);
}

/** A response body by link, with a fresh clientId. */
export const byLink = (answers: unknown[], clientId = newClientId()) => ({
  clientId,
  channel: 'link',
  answers,
});

/** How many responses are stored, for any survey. */
export async function storedResponses(server: TestServer, surveyId: string): Promise<number> {
  return server.store.surveys.countResponses(surveyId);
}
