import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Survey, SurveyForVisitor, SurveyReceipt } from '../../protocol/index.ts';
import { signIn } from '../helpers/agent-client.ts';
import { closedChat } from '../helpers/data-care.ts';
import { agentAtDesk, visitorAsking } from '../helpers/desk.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import {
  byLink,
  consoleCalls,
  createSurvey,
  NO_PLACEMENT,
  openSurvey,
  SHOP_SURVEY,
  storedResponses,
  visitorCalls,
} from '../helpers/surveys.ts';
import { createSession, newClientId } from '../helpers/visitor-client.ts';

let server: TestServer;
let admin: ReturnType<typeof consoleCalls>;
let survey: Survey;
const open: { close(): void }[] = [];
beforeEach(async () => {
  server = await startServer();
  admin = consoleCalls(server, await signIn(server.url));
  survey = await openSurvey(admin);
});
afterEach(async () => {
  for (const tab of open.splice(0)) tab.close();
  await server.close();
});

/** A new visitor's survey calls. */
async function visitor(lang: 'zh-CN' | 'en' = 'en') {
  const session = await createSession(server.url, lang);
  return { ...session, call: visitorCalls(server, session.token) };
}

const responses = (id = survey.id) => `/api/surveys/${id}/responses`;
/** Valid answers to SHOP_SURVEY's two required questions. */
const required = () => [
  { questionId: survey.questions[0]!.id, rating: 5 },
  { questionId: survey.questions[1]!.id, choices: [0] },
];

describe('a visitor reads a survey', () => {
  it('gets an open survey without its placement, and whether they answered it', async () => {
    const ada = await visitor();
    const got = await ada.call<SurveyForVisitor>('GET', `/api/surveys/${survey.id}`);
    expect(got).toEqual({
      status: 200,
      body: {
        id: survey.id,
        title: survey.title,
        intro: survey.intro,
        questions: survey.questions,
        answered: false,
      },
    });
    expect((await ada.call('POST', responses(), byLink(required()))).status).toBe(201);
    const again = await ada.call<SurveyForVisitor>('GET', `/api/surveys/${survey.id}`);
    expect(again.body.answered).toBe(true);
  });

  it('finds nothing for a draft, a closed or an unknown survey', async () => {
    const ada = await visitor();
    const draft = await createSurvey(admin);
    const closed = await openSurvey(admin);
    await admin('POST', `/api/admin/surveys/${closed.id}/status`, {
      status: 'closed',
      version: closed.version,
    });
    for (const id of [draft.id, closed.id, 'no-such-survey']) {
      const got = await ada.call('GET', `/api/surveys/${id}`);
      expect(got).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
      const sent = await ada.call('POST', responses(id), byLink(required()));
      expect(sent.status).toBe(404);
      expect(await storedResponses(server, id)).toBe(0);
    }
  });
});

describe('where a survey may be answered', () => {
  it('after the visitor’s own closed chat only', async () => {
    const ann = await agentAtDesk(server, { id: 'ann' });
    open.push(ann);
    const chat = await closedChat(server, ann, 'ann', '杯子碎了');
    open.push(chat.tab);
    const afterChat = (conversationId: string | null) => ({
      clientId: newClientId(),
      channel: 'after_chat',
      conversationId,
      answers: required(),
    });

    const stranger = await visitor();
    const someoneElses = await stranger.call('POST', responses(), afterChat(chat.conversationId));
    expect(someoneElses).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    const none = await stranger.call('POST', responses(), afterChat(null));
    expect(none.status).toBe(403);
    const waiting = await visitorAsking(server, 'Where is my parcel?');
    open.push(waiting.tab);
    const stillOpen = await visitorCalls(server, waiting.token)(
      'POST',
      responses(),
      afterChat(waiting.conversationId),
    );
    expect(stillOpen.status).toBe(403);
    expect(await storedResponses(server, survey.id)).toBe(0);

    const own = await visitorCalls(server, chat.token)<SurveyReceipt>(
      'POST',
      responses(),
      afterChat(chat.conversationId),
    );
    expect(own.status).toBe(201);
    const [stored] = await server.store.surveys.responses(survey.id);
    expect(stored).toMatchObject({
      channel: 'after_chat',
      conversationId: chat.conversationId,
      visitorId: chat.visitorId,
      lang: 'zh-CN',
    });
  });

  it('on pages matching one of its patterns, and by link, only where the placement says', async () => {
    const onPage = (pageUrl: string | null) => ({
      clientId: newClientId(),
      channel: 'page',
      pageUrl,
      answers: required(),
    });
    const ada = await visitor();
    for (const url of ['https://shop.example/cart', 'https://shop.example/help/checkout', null]) {
      const res = await ada.call('POST', responses(), onPage(url));
      expect({ url, status: res.status }).toEqual({ url, status: 403 });
    }
    const chatOnly = await openSurvey(admin, {
      ...SHOP_SURVEY,
      placement: { ...NO_PLACEMENT, afterChat: true },
    });
    const byLinkRefused = await ada.call('POST', responses(chatOnly.id), {
      ...byLink(required()),
      answers: [
        { questionId: chatOnly.questions[0]!.id, rating: 5 },
        { questionId: chatOnly.questions[1]!.id, choices: [0] },
      ],
    });
    expect(byLinkRefused).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await storedResponses(server, survey.id)).toBe(0);
    expect(await storedResponses(server, chatOnly.id)).toBe(0);

    const page = await ada.call(
      'POST',
      responses(),
      onPage('https://shop.example/Checkout?step=2'),
    );
    expect(page.status).toBe(201);
    const ben = await visitor();
    expect((await ben.call('POST', responses(), byLink(required()))).status).toBe(201);
    const stored = await server.store.surveys.responses(survey.id);
    expect(stored.map((r) => [r.channel, r.pageUrl])).toEqual([
      ['page', 'https://shop.example/Checkout?step=2'],
      ['link', null],
    ]);
  });
});

describe('answers are checked against the questions', () => {
  const [rating, single, multiple, text] = [0, 1, 2, 3];
  const q = (i: number) => survey.questions[i]!;
  const cases: [string, () => unknown[], RegExp][] = [
    ['an unknown question', () => [...required(), { questionId: 'nope', text: 'x' }], /nope/],
    [
      'stars for a text question',
      () => [...required(), { questionId: q(text).id, rating: 3 }],
      /还有什么建议/,
    ],
    [
      'words for a rating',
      () => [{ questionId: q(rating).id, text: '5' }, required()[1]],
      /您对本次服务满意吗/,
    ],
    [
      'choices for a rating',
      () => [{ questionId: q(rating).id, choices: [0] }, required()[1]],
      /您对本次服务满意吗/,
    ],
    [
      'an option that does not exist',
      () => [required()[0], { questionId: q(single).id, choices: [3] }],
      /no such option/,
    ],
    [
      'two choices for a single choice',
      () => [required()[0], { questionId: q(single).id, choices: [0, 1] }],
      /one choice only/,
    ],
    [
      'the same option twice',
      () => [...required(), { questionId: q(multiple).id, choices: [1, 1] }],
      /chosen twice/,
    ],
    [
      'a question answered twice',
      () => [...required(), { questionId: q(rating).id, rating: 1 }],
      /answered twice/,
    ],
    ['a required question left out', () => [required()[0]], /Please answer "您从哪里知道我们？"/],
    [
      'a required choice left empty',
      () => [required()[0], { questionId: q(single).id, choices: [] }],
      /Please answer/,
    ],
    ['a rating of 6', () => [{ questionId: q(rating).id, rating: 6 }, required()[1]], /./],
  ];

  it.each(cases)('refuses %s, storing nothing', async (_what, answers, message) => {
    const ada = await visitor();
    const res = await ada.call<{ error: { code: string; message: string } }>(
      'POST',
      responses(),
      byLink(answers()),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.message).toMatch(message);
    expect(await storedResponses(server, survey.id)).toBe(0);
    const got = await ada.call<SurveyForVisitor>('GET', `/api/surveys/${survey.id}`);
    expect(got.body.answered).toBe(false);
  });

  it('trims words, treats blank words as no answer, and refuses blank required words', async () => {
    const ada = await visitor();
    const blank = [...required(), { questionId: q(text).id, text: '   ' }];
    expect((await ada.call('POST', responses(), byLink(blank))).status).toBe(201);
    const ben = await visitor();
    const padded = [...required(), { questionId: q(text).id, text: '  包装再结实些 ' }];
    expect((await ben.call('POST', responses(), byLink(padded))).status).toBe(201);
    const stored = await server.store.surveys.responses(survey.id);
    expect(stored.map((r) => r.answers.length)).toEqual([2, 3]);
    expect(stored[1]!.answers[2]).toEqual({ questionId: q(text).id, text: '包装再结实些' });

    const wordsRequired = await openSurvey(admin, {
      ...SHOP_SURVEY,
      questions: [{ kind: 'text', prompt: '请写下原因', required: true, options: [] }],
    });
    const only = wordsRequired.questions[0]!.id;
    const res = await ada.call<{ error: { message: string } }>(
      'POST',
      responses(wordsRequired.id),
      byLink([{ questionId: only, text: ' \n ' }]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/请写下原因/);
    expect(await storedResponses(server, wordsRequired.id)).toBe(0);
  });
});

describe('one answer per visitor', () => {
  it('returns the stored receipt for a resend and refuses a second answer', async () => {
    const ada = await visitor();
    const clientId = newClientId();
    const first = await ada.call<SurveyReceipt>('POST', responses(), byLink(required(), clientId));
    expect(first.status).toBe(201);
    const resend = await ada.call<SurveyReceipt>('POST', responses(), byLink(required(), clientId));
    expect(resend).toEqual({ status: 200, body: first.body });
    const second = await ada.call<{ error: { code: string; message: string } }>(
      'POST',
      responses(),
      byLink(required()),
    );
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(/您已经填写过这份问卷.*already answered/);
    // Someone else reusing Ada's clientId gets neither her receipt nor a stored answer.
    const ben = await visitor();
    const taken = await ben.call('POST', responses(), byLink(required(), clientId));
    expect(taken.status).toBe(409);
    expect(await storedResponses(server, survey.id)).toBe(1);

    // The survey closes before a resend that lost its answer arrives: it still gets the receipt.
    const closed = await admin('POST', `/api/admin/surveys/${survey.id}/status`, {
      status: 'closed',
      version: survey.version,
    });
    expect(closed.status).toBe(200);
    const late = await ada.call<SurveyReceipt>('POST', responses(), byLink(required(), clientId));
    expect(late).toEqual({ status: 200, body: first.body });
  });

  it('never stores an answer checked against questions that changed, nor changes answered questions', async () => {
    const draft = await createSurvey(admin);
    const ada = await visitor();
    const row = {
      id: 'checked-at-version-1',
      surveyId: draft.id,
      visitorId: ada.visitorId,
      clientId: newClientId(),
      channel: 'link' as const,
      pageUrl: null,
      conversationId: null,
      lang: 'en' as const,
      answers: [],
      createdAt: server.clock.now().toISOString(),
    };
    // Checked while it was a draft at version 1, stored after it was opened (version 2).
    const opened = await admin<{ survey: Survey }>(
      'POST',
      `/api/admin/surveys/${draft.id}/status`,
      {
        status: 'open',
        version: draft.version,
      },
    );
    expect(await server.store.surveys.addResponse(row, draft.version)).toEqual({ kind: 'changed' });
    expect(await storedResponses(server, draft.id)).toBe(0);

    // An answer lands between the admin's count of none and the save of new questions.
    const current = opened.body.survey;
    const stored = await server.store.surveys.addResponse(row, current.version);
    expect(stored.kind).toBe('stored');
    const change = {
      title: current.title,
      intro: current.intro,
      questions: current.questions.slice(1),
      placement: current.placement,
      status: current.status,
      updatedAt: current.updatedAt,
    };
    const saved = await server.store.surveys.update(current.id, current.version, change, {
      unanswered: true,
    });
    expect(saved).toBeNull();
    expect((await server.store.surveys.get(current.id))?.questions).toEqual(current.questions);
  });

  it('loses the visitor’s answers when the admin erases the visitor', async () => {
    const ada = await visitor();
    const ben = await visitor();
    await ada.call('POST', responses(), byLink(required()));
    await ben.call('POST', responses(), byLink(required()));
    const erased = await admin('DELETE', `/api/admin/visitors/${ada.visitorId}`);
    expect(erased.status).toBe(200);
    const left = await server.store.surveys.responses(survey.id);
    expect(left.map((r) => r.visitorId)).toEqual([ben.visitorId]);
  });
});
