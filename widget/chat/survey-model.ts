import type { VisitorConversationState } from '../../protocol/conversation.ts';
import type { surveyResponseSchema } from '../../protocol/schemas/surveys.ts';
import type {
  SurveyAnswer,
  SurveyChannel,
  SurveyInvite,
  SurveyQuestion,
} from '../../protocol/surveys.ts';
import { matchesPage } from '../../protocol/url-pattern.ts';
import type { z } from 'zod';

export type SurveyResponseBody = z.input<typeof surveyResponseSchema>;

/** A survey to show, and where the visitor is: what goes along with their answer. */
export interface SurveyPlace {
  id: string;
  channel: SurveyChannel;
  pageUrl: string | null;
  conversationId: string | null;
}

export interface InviteScene {
  invites: readonly SurveyInvite[];
  /** Answered, put off, or not to be asked about again in this tab. */
  skip: readonly string[];
  conversation: VisitorConversationState | null;
  /** The host page the widget was opened on; null when unknown. */
  pageUrl: string | null;
}

/**
 * The survey to offer now, if any: once an agent closed the visitor's chat (it could be rated),
 * the first placed after chats; else the first whose page patterns match the host page.
 */
export function pickInvite(scene: InviteScene): SurveyPlace | null {
  const { invites, skip, conversation: c, pageUrl } = scene;
  const open = invites.filter((s) => !skip.includes(s.id));
  const agentClosed = c?.status === 'closed' && (c.canRate || c.rating !== null);
  const afterChat = agentClosed ? open.find((s) => s.placement.afterChat) : undefined;
  if (c && afterChat) {
    const { id } = afterChat;
    return { id, channel: 'after_chat', pageUrl, conversationId: c.conversationId };
  }
  const onPage = pageUrl
    ? open.find((s) => s.placement.pages.some((pattern) => matchesPage(pattern, pageUrl)))
    : undefined;
  return onPage ? { id: onPage.id, channel: 'page', pageUrl, conversationId: null } : null;
}

/** What the visitor picked or wrote for one question: stars, option indexes, or words. */
export type SurveyValue = number | number[] | string;
export type SurveyValues = Partial<Record<string, SurveyValue>>;

type Stars = Extract<SurveyAnswer, { rating: unknown }>['rating'];
const isStars = (v: SurveyValue | undefined): v is Stars =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/** The answer to one question, or null when it was left unanswered (blank words count as none). */
export function answerOf(q: SurveyQuestion, value: SurveyValue | undefined): SurveyAnswer | null {
  const questionId = q.id;
  if (q.kind === 'rating') return isStars(value) ? { questionId, rating: value } : null;
  if (q.kind === 'text') {
    const text = typeof value === 'string' ? value.trim() : '';
    return text ? { questionId, text } : null;
  }
  const choices = Array.isArray(value) ? [...value].sort((a, b) => a - b) : [];
  return choices.length > 0 ? { questionId, choices } : null;
}

/** The first required question still unanswered, with its number (from 1); null when none. */
export function firstMissing(
  questions: readonly SurveyQuestion[],
  values: SurveyValues,
): { question: SurveyQuestion; number: number } | null {
  const index = questions.findIndex((q) => q.required && !answerOf(q, values[q.id]));
  const question = questions[index];
  return question ? { question, number: index + 1 } : null;
}

/** The request body of POST /api/surveys/:id/responses: the answered questions, in order. */
export function responseBody(
  questions: readonly SurveyQuestion[],
  values: SurveyValues,
  place: SurveyPlace,
  clientId: string,
): SurveyResponseBody {
  const { channel, pageUrl, conversationId } = place;
  return {
    clientId,
    channel,
    // The host page may be a longer address than a response keeps: then it goes without.
    pageUrl: pageUrl && pageUrl.length <= 2000 ? pageUrl : null,
    conversationId,
    answers: questions.flatMap((q) => answerOf(q, values[q.id]) ?? []),
  };
}

/** How sending the answers ended, from the server's status (and message, for a 400). */
export type Submitted =
  { kind: 'sent' | 'answered' | 'gone' | 'slow' | 'failed' } | { kind: 'invalid'; message: string };

export function submitted(status: number, message: string | null): Submitted {
  if (status === 200 || status === 201) return { kind: 'sent' };
  if (status === 409) return { kind: 'answered' };
  if (status === 404) return { kind: 'gone' };
  if (status === 429) return { kind: 'slow' };
  return status === 400 && message ? { kind: 'invalid', message } : { kind: 'failed' };
}
