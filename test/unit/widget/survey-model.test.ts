import { describe, expect, it } from 'vitest';
import type { VisitorConversationState } from '../../../protocol/conversation.ts';
import { surveyResponseSchema } from '../../../protocol/schemas/surveys.ts';
import type { SurveyInvite, SurveyQuestion } from '../../../protocol/surveys.ts';
import { readParams } from '../../../widget/chat/params.ts';
import {
  firstMissing,
  pickInvite,
  responseBody,
  submitted,
  type SurveyPlace,
} from '../../../widget/chat/survey-model.ts';

const invite = (id: string, afterChat: boolean, pages: string[] = []): SurveyInvite => ({
  id,
  title: id,
  placement: { afterChat, pages, link: false },
});
const closedByAgent: VisitorConversationState = {
  conversationId: 'c1',
  status: 'closed',
  agentName: 'Admin',
  agentAvatar: null,
  canRate: true,
  rating: null,
  agentReadSeq: 0,
};
const CHECKOUT = 'https://shop.example.com/checkout?step=2';

describe('which survey the widget offers', () => {
  const invites = [invite('pages', false, ['/checkout*']), invite('chat', true)];

  it('offers the after-chat survey once an agent closed the chat, for that conversation', () => {
    expect(
      pickInvite({ invites, skip: [], conversation: closedByAgent, pageUrl: CHECKOUT }),
    ).toEqual({ id: 'chat', channel: 'after_chat', pageUrl: CHECKOUT, conversationId: 'c1' });
    // Rated already: still a chat an agent closed.
    const rated = { ...closedByAgent, canRate: false, rating: 5 as const };
    expect(pickInvite({ invites, skip: [], conversation: rated, pageUrl: null })?.id).toBe('chat');
  });

  it('does not offer it while the chat goes on, nor after one no agent had', () => {
    const active = { ...closedByAgent, status: 'active' as const };
    const botOnly = { ...closedByAgent, agentName: null, canRate: false };
    for (const conversation of [active, botOnly, null]) {
      expect(pickInvite({ invites, skip: [], conversation, pageUrl: null })).toBeNull();
    }
  });

  it('offers a page survey on a page its patterns match, and on no other', () => {
    const scene = { invites, skip: [], conversation: null };
    expect(pickInvite({ ...scene, pageUrl: CHECKOUT })).toEqual({
      id: 'pages',
      channel: 'page',
      pageUrl: CHECKOUT,
      conversationId: null,
    });
    expect(pickInvite({ ...scene, pageUrl: 'https://shop.example.com/help' })).toBeNull();
  });

  it('never offers one answered or put off, but the next that applies', () => {
    const scene = { invites, conversation: closedByAgent, pageUrl: CHECKOUT };
    expect(pickInvite({ ...scene, skip: ['chat'] })?.id).toBe('pages');
    expect(pickInvite({ ...scene, skip: ['chat', 'pages'] })).toBeNull();
  });
});

const questions: SurveyQuestion[] = [
  { id: 'q1', kind: 'rating', prompt: '总体满意度', required: true, options: [] },
  {
    id: 'q2',
    kind: 'single',
    prompt: '从哪里知道我们',
    required: false,
    options: ['朋友', '广告'],
  },
  { id: 'q3', kind: 'multiple', prompt: '买过什么', required: true, options: ['鞋', '包', '表'] },
  { id: 'q4', kind: 'text', prompt: '建议', required: false, options: [] },
];
const place: SurveyPlace = { id: 's1', channel: 'page', pageUrl: CHECKOUT, conversationId: null };
const CLIENT_ID = 'client-id-0001';

describe('the answers the widget sends', () => {
  it('sends what was answered, in the question order, as the server reads it', () => {
    const body = responseBody(
      questions,
      { q3: [2, 0], q1: 4, q4: '  送货快一点 ' },
      place,
      CLIENT_ID,
    );
    expect(body).toEqual({
      clientId: CLIENT_ID,
      channel: 'page',
      pageUrl: CHECKOUT,
      conversationId: null,
      answers: [
        { questionId: 'q1', rating: 4 },
        { questionId: 'q3', choices: [0, 2] },
        { questionId: 'q4', text: '送货快一点' },
      ],
    });
    expect(surveyResponseSchema.safeParse(body).success).toBe(true);
  });

  it('leaves out blank words and empty choices, and a page address too long to keep', () => {
    const long = `https://shop.example.com/?q=${'x'.repeat(2000)}`;
    const body = responseBody(
      questions,
      { q2: [], q4: '   ' },
      { ...place, pageUrl: long },
      CLIENT_ID,
    );
    expect(body.answers).toEqual([]);
    expect(body.pageUrl).toBeNull();
    expect(surveyResponseSchema.safeParse(body).success).toBe(true);
  });

  it('names the first required question left unanswered, by its number', () => {
    expect(firstMissing(questions, {})).toEqual({ question: questions[0], number: 1 });
    expect(firstMissing(questions, { q1: 5, q3: [] })).toEqual({
      question: questions[2],
      number: 3,
    });
    expect(firstMissing(questions, { q1: 5, q3: [1] })).toBeNull();
  });

  it('reads the server answer: stored, answered before, closed, refused with its reason', () => {
    expect(submitted(201, null)).toEqual({ kind: 'sent' });
    expect(submitted(200, null)).toEqual({ kind: 'sent' });
    expect(submitted(409, 'answered')).toEqual({ kind: 'answered' });
    expect(submitted(404, 'not open')).toEqual({ kind: 'gone' });
    expect(submitted(429, null)).toEqual({ kind: 'slow' });
    expect(submitted(400, 'q1: required')).toEqual({ kind: 'invalid', message: 'q1: required' });
    expect(submitted(500, 'oops')).toEqual({ kind: 'failed' });
  });
});

describe("a survey's link", () => {
  it('names the survey to show, and nothing for an id the server could not have made', () => {
    expect(readParams('?survey=AbC_12-x', 'zh-CN').survey).toBe('AbC_12-x');
    expect(readParams('?survey=../api', 'zh-CN').survey).toBeNull();
    expect(readParams('', 'zh-CN').survey).toBeNull();
  });
});
