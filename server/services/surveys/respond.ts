import type { z } from 'zod';
import type { SurveyReceipt } from '../../../protocol/index.ts';
import type { surveyResponseSchema } from '../../../protocol/schemas/surveys.ts';
import { matchesPage } from '../../../protocol/url-pattern.ts';
import type { SurveyRow } from '../../store/types.ts';
import { newId } from '../../ids.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { checkAnswers } from './check-answers.ts';
import { openSurvey } from './visitor.ts';

type ResponseInput = z.output<typeof surveyResponseSchema>;

const notHere = (zh: string, en: string) => new ServiceError('forbidden', `${zh} / ${en}`);

/** The survey must be offered where the visitor says they are; returns the chat to keep. */
async function checkChannel(
  deps: Pick<ServiceDeps, 'store'>,
  actor: VisitorActor,
  survey: SurveyRow,
  input: ResponseInput,
): Promise<string | null> {
  const { placement } = survey;
  switch (input.channel) {
    case 'after_chat': {
      if (!placement.afterChat) {
        throw notHere('这份问卷不在会话结束后提供', 'This survey is not offered after chats.');
      }
      const chat = input.conversationId
        ? await deps.store.conversations.get(input.conversationId)
        : null;
      if (chat?.visitorId !== actor.visitorId) {
        throw notHere('请在您自己的会话结束后填写', 'Answer it after a chat of your own.');
      }
      if (chat.status !== 'closed') {
        throw notHere('会话结束后才能填写', 'This survey opens once your chat has ended.');
      }
      return chat.id;
    }
    case 'page': {
      const { pageUrl } = input;
      if (pageUrl === null || !placement.pages.some((p) => matchesPage(p, pageUrl))) {
        throw notHere('这份问卷不在此页面提供', 'This survey is not offered on this page.');
      }
      return null;
    }
    case 'link':
      if (!placement.link) {
        throw notHere('这份问卷不能通过链接填写', 'This survey cannot be answered by link.');
      }
      return null;
  }
}

/**
 * Stores a visitor's answers to an open survey, where it is offered, checked against its
 * questions; nothing is stored on any error. A resend with the same clientId gets the stored
 * receipt back (`created` false); one answer per visitor and survey.
 */
export async function respondToSurvey(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  actor: VisitorActor,
  id: string,
  input: ResponseInput,
): Promise<{ receipt: SurveyReceipt; created: boolean }> {
  // A resend of what was stored gets its receipt, even when the survey has closed since.
  const earlier = await deps.store.surveys.responseByClient(id, input.clientId);
  if (earlier?.visitorId === actor.visitorId) {
    return { receipt: { id: earlier.id, createdAt: earlier.createdAt }, created: false };
  }
  const survey = await openSurvey(deps, id);
  const conversationId = await checkChannel(deps, actor, survey, input);
  const answers = checkAnswers(survey.questions, input.answers);
  const result = await deps.store.surveys.addResponse(
    {
      id: newId(),
      surveyId: id,
      visitorId: actor.visitorId,
      clientId: input.clientId,
      channel: input.channel,
      pageUrl: input.pageUrl,
      conversationId,
      lang: actor.lang,
      answers,
      createdAt: deps.clock.now().toISOString(),
    },
    survey.version,
  );
  if (result.kind === 'changed') {
    throw new ServiceError(
      'conflict',
      '问卷刚刚有了变化，请重新打开后再填写 / This survey changed just now: open it again and answer.',
    );
  }
  if (result.kind === 'answered') {
    throw new ServiceError(
      'conflict',
      '您已经填写过这份问卷 / You have already answered this survey.',
    );
  }
  // Another visitor's clientId neither shows their receipt nor stores anything.
  if (result.response.visitorId !== actor.visitorId) {
    throw new ServiceError(
      'conflict',
      '这个 clientId 已被使用，请换一个再提交 / This clientId is taken: send again with a new one.',
    );
  }
  const { id: responseId, createdAt } = result.response;
  return { receipt: { id: responseId, createdAt }, created: result.kind === 'stored' };
}
