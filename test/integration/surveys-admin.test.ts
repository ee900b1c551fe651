import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Survey, SurveyReceipt } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { addAgent, MEI } from '../helpers/console-api.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  byLink,
  consoleCalls,
  createSurvey,
  invitedIds,
  NO_PLACEMENT,
  openSurvey,
  SHOP_SURVEY,
  visitorCalls,
  type SurveySaveInput,
} from '../helpers/surveys.ts';
import { createSession } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: ReturnType<typeof consoleCalls>;
beforeEach(async () => {
  server = await startServer();
  admin = consoleCalls(server, await signIn(server.url));
});
afterEach(() => server.close());

type One = { survey: Survey };
const path = (id: string, rest = '') => `/api/admin/surveys/${id}${rest}`;
const edit = (survey: Survey, change: Partial<SurveySaveInput> = {}) => ({
  title: survey.title,
  intro: survey.intro,
  questions: survey.questions,
  placement: survey.placement,
  version: survey.version,
  ...change,
});

/** Answers the survey by link as a new visitor. */
async function answerOnce(survey: Survey): Promise<void> {
  const session = await createSession(server.url, 'zh-CN');
  const [rating, single] = survey.questions;
  const sent = await visitorCalls(server, session.token)<SurveyReceipt>(
    'POST',
    `/api/surveys/${survey.id}/responses`,
    byLink([
      { questionId: rating!.id, rating: 4 },
      { questionId: single!.id, choices: [1] },
    ]),
  );
  expect(sent.status).toBe(201);
}

describe('an admin builds a survey', () => {
  it('creates a draft with server-made question ids, lists it and reads it back', async () => {
    const survey = await createSurvey(admin);
    expect(survey).toMatchObject({
      title: '购物体验调查',
      status: 'draft',
      responses: 0,
      version: 1,
      placement: SHOP_SURVEY.placement,
    });
    expect(survey.questions.map((q) => q.prompt)).toEqual(
      SHOP_SURVEY.questions.map((q) => q.prompt),
    );
    expect(new Set(survey.questions.map((q) => q.id)).size).toBe(4);
    const listed = await admin<{ surveys: Survey[] }>('GET', '/api/admin/surveys');
    expect(listed.body.surveys).toEqual([survey]);
    expect((await admin<One>('GET', path(survey.id))).body.survey).toEqual(survey);
    expect(await invitedIds(server)).toEqual([]);
  });

  it('keeps its own question ids on save, replaces foreign ones, and refuses a stale version', async () => {
    const survey = await createSurvey(admin);
    const other = await createSurvey(admin, { ...SHOP_SURVEY, title: 'Another' });
    const [first, second] = survey.questions;
    const questions = [
      { ...second!, prompt: '您是怎么知道我们的？' },
      first!,
      { ...other.questions[3]!, prompt: 'A new question' },
    ];
    const saved = await admin<One>('PUT', path(survey.id), edit(survey, { questions }));
    expect(saved.status).toBe(200);
    const ids = saved.body.survey.questions.map((q) => q.id);
    expect(ids.slice(0, 2)).toEqual([second!.id, first!.id]);
    expect(ids[2]).not.toBe(other.questions[3]!.id);
    expect(saved.body.survey).toMatchObject({ version: 2 });
    expect(saved.body.survey.questions[0]!.prompt).toBe('您是怎么知道我们的？');

    const stale = await admin('PUT', path(survey.id), edit(survey, { title: 'Lost edit' }));
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect((await admin<One>('GET', path(survey.id))).body.survey).toEqual(saved.body.survey);
    const noVersion = await admin('PUT', path(survey.id), { ...edit(survey), version: undefined });
    expect(noVersion).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
  });

  it('refuses bad input and unknown surveys clearly', async () => {
    const empty = await admin('POST', '/api/admin/surveys', { ...SHOP_SURVEY, questions: [] });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    const missing = await admin('GET', path('no-such-survey'));
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await admin<{ surveys: Survey[] }>('GET', '/api/admin/surveys')).body.surveys).toEqual(
      [],
    );
  });
});

describe('publishing', () => {
  it('needs a placement, and moves through open, closed and draft as allowed', async () => {
    const bare = await createSurvey(admin, { ...SHOP_SURVEY, placement: NO_PLACEMENT });
    const refused = await admin('POST', path(bare.id, '/status'), { status: 'open', version: 1 });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    expect((refused.body as { error: { message: string } }).error.message).toMatch(/placement/);

    const survey = await createSurvey(admin);
    const step = (status: string, version: number) =>
      admin<One>('POST', path(survey.id, '/status'), { status, version });
    expect((await step('closed', 1)).status).toBe(409);
    const opened = await step('open', 1);
    expect(opened.body.survey).toMatchObject({ status: 'open', version: 2 });
    expect((await step('closed', 1)).status).toBe(409);
    expect((await step('draft', 2)).body.survey).toMatchObject({ status: 'draft', version: 3 });
    expect((await step('open', 3)).body.survey.status).toBe('open');
    expect((await step('closed', 4)).body.survey.status).toBe('closed');
    expect((await step('draft', 5)).status).toBe(409);
    expect((await step('open', 5)).body.survey.status).toBe('open');
  });

  it('an open survey cannot lose its last placement', async () => {
    const survey = await openSurvey(admin);
    const res = await admin('PUT', path(survey.id), edit(survey, { placement: NO_PLACEMENT }));
    expect(res.status).toBe(400);
    expect((await admin<One>('GET', path(survey.id))).body.survey).toEqual(survey);
  });

  it('lists open after-chat and page surveys in the widget config, as their status changes', async () => {
    const survey = await openSurvey(admin);
    const linkOnly = await openSurvey(admin, {
      ...SHOP_SURVEY,
      title: 'By link',
      placement: { ...NO_PLACEMENT, link: true },
    });
    const config = (await (await fetch(`${server.url}/api/widget/config`)).json()) as {
      surveys: unknown;
    };
    expect(config.surveys).toEqual([
      { id: survey.id, title: survey.title, placement: SHOP_SURVEY.placement },
    ]);

    // Moved to link only: no longer invited to; back on a page: invited again, with its pages.
    const linked = await admin<One>(
      'PUT',
      path(survey.id),
      edit(survey, { placement: { ...NO_PLACEMENT, link: true } }),
    );
    expect(await invitedIds(server)).toEqual([]);
    const paged = await admin<One>(
      'PUT',
      path(survey.id),
      edit(linked.body.survey, { placement: { ...NO_PLACEMENT, pages: ['/help/*'] } }),
    );
    expect(await invitedIds(server)).toEqual([survey.id]);

    const closed = await admin<One>('POST', path(survey.id, '/status'), {
      status: 'closed',
      version: paged.body.survey.version,
    });
    expect(await invitedIds(server)).toEqual([]);
    await admin('POST', path(survey.id, '/status'), {
      status: 'open',
      version: closed.body.survey.version,
    });
    expect(await invitedIds(server)).toEqual([survey.id]);
    expect(await invitedIds(server)).not.toContain(linkOnly.id);
  });
});

describe('a survey with answers', () => {
  it('locks its questions but still takes a new title, intro and placement', async () => {
    const survey = await openSurvey(admin);
    await answerOnce(survey);
    const [rating, single, multiple, text] = survey.questions;
    const changes: Record<string, SurveySaveInput['questions']> = {
      'a changed prompt': [{ ...rating!, prompt: 'Changed?' }, single!, multiple!, text!],
      'a changed kind': [rating!, single!, multiple!, { ...text!, kind: 'rating' }],
      'changed options': [rating!, { ...single!, options: ['朋友', '广告'] }, multiple!, text!],
      'a new order': [single!, rating!, multiple!, text!],
      'a removed question': [rating!, single!, multiple!],
      'an added question': [...survey.questions, { kind: 'text', prompt: 'More?' }],
    };
    for (const [what, questions] of Object.entries(changes)) {
      const res = await admin('PUT', path(survey.id), edit(survey, { questions }));
      expect({ what, res }).toMatchObject({
        what,
        res: { status: 409, body: { error: { code: 'conflict' } } },
      });
      expect((res.body as { error: { message: string } }).error.message).toMatch(
        /已有答卷.*This survey has answers/,
      );
    }
    expect((await admin<One>('GET', path(survey.id))).body.survey).toEqual({
      ...survey,
      responses: 1,
    });

    const placement = { afterChat: false, pages: [], link: true };
    const saved = await admin<One>(
      'PUT',
      path(survey.id),
      edit(survey, { title: 'New title', intro: 'New intro', placement }),
    );
    expect(saved.body.survey).toMatchObject({
      title: 'New title',
      intro: 'New intro',
      placement,
      questions: survey.questions,
      responses: 1,
    });
    const back = await admin('POST', path(survey.id, '/status'), {
      status: 'draft',
      version: saved.body.survey.version,
    });
    expect(back).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
  });
});

describe('who may use the admin survey routes', () => {
  it('refuses agents (403) and the signed-out (401), and visitors without a token (401)', async () => {
    const survey = await openSurvey(admin);
    await addAgent(server, MEI);
    const mei = consoleCalls(
      server,
      await signIn(server.url, { email: MEI.email, password: MEI.password }),
    );
    const anon = consoleCalls(server, null);
    for (const [method, url, body] of [
      ['GET', '/api/admin/surveys', undefined],
      ['POST', '/api/admin/surveys', SHOP_SURVEY],
      ['GET', path(survey.id, '/results'), undefined],
      ['GET', path(survey.id, '/export?format=csv'), undefined],
      ['POST', path(survey.id, '/status'), { status: 'closed', version: survey.version }],
    ] as const) {
      expect((await mei(method, url, body)).status).toBe(403);
      expect((await anon(method, url, body)).status).toBe(401);
    }
    expect((await visitorCalls(server, null)('GET', `/api/surveys/${survey.id}`)).status).toBe(401);
    expect((await admin<One>('GET', path(survey.id))).body.survey).toEqual(survey);
  });
});
