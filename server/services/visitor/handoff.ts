import type { Language } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type {
  AppendOptions,
  ConversationRow,
  MessageDraft,
  MessageRow,
} from '../../store/types.ts';
import { BOT_PHRASES } from '../bot/phrases.ts';
import type { ServiceDeps } from '../deps.ts';
import type { GapNote } from '../faq/gaps/note.ts';
import { availability } from '../desk/availability.ts';
import { chooseDepartment } from '../queue/choose-department.ts';
import { queuePriority } from '../queue/priority.ts';

/** Why the conversation leaves the bot: the visitor asked, or the bot failed twice running. */
export type HandoffReason = 'asked' | 'unanswered';

/** A message to append, and the conversation change and log entry to store in the same transaction. */
export interface Turn {
  message: MessageDraft;
  conversation?: AppendOptions['conversation'];
  event?: AppendOptions['event'];
  /** A question the bot did not settle, logged once the messages are stored. */
  gap?: GapNote;
}

/**
 * What every handoff path writes (the button, a handoff phrase, two unanswered questions),
 * so the queue sees one kind of request whatever the trigger. When nobody can answer (outside
 * business hours, or nobody online) the conversation stays with the bot and the notice offers
 * the leave-a-message form instead of a queue nobody works.
 */
export async function handoff(
  deps: ServiceDeps,
  conversation: ConversationRow,
  lang: Language,
  reason: HandoffReason,
  createdAt: string,
  requestedDepartment?: string,
): Promise<Turn> {
  const phrases = BOT_PHRASES[lang];
  const notice = (body: string, actions?: MessageDraft['payload']['actions']): MessageDraft => ({
    id: newId(),
    author: 'system',
    kind: 'notice',
    body,
    faqId: null,
    payload: actions ? { actions } : {},
    createdAt,
  });
  const asked = reason === 'asked' ? phrases.handoffRequested : phrases.handoffAfterMisses;
  // Asking again once handed over repeats the notice but changes nothing.
  if (conversation.status !== 'bot') return { message: notice(asked) };

  const now = await availability(deps, new Date(createdAt));
  if (!now.available) {
    const body =
      now.reason === 'closed' ? phrases.closedLeaveMessage : phrases.noAgentsLeaveMessage;
    return { message: notice(body, ['leave_message']) };
  }
  const departmentId = await chooseDepartment(deps, conversation, requestedDepartment);
  // Asking for a person right after an answer says something about that answer.
  const lastBot = await deps.store.messages.latestBy(conversation.id, 'bot');
  return {
    message: notice(asked),
    conversation: {
      status: 'queued',
      handoffRequestedAt: createdAt,
      queuedAt: createdAt,
      priority: await queuePriority(deps, conversation.visitorId),
      departmentId,
    },
    event: {
      conversationId: conversation.id,
      kind: 'queued',
      actorAgentId: null,
      agentId: null,
      departmentId,
      note: reason,
      at: createdAt,
      faqId: lastBot?.kind === 'answer' ? lastBot.faqId : null,
    },
  };
}

/** After the append committed: the conversation waits in its department's queue. */
export async function announceHandoff(deps: ServiceDeps, notice: MessageRow): Promise<void> {
  const conversation = await deps.store.conversations.get(notice.conversationId);
  if (!conversation?.departmentId) return;
  deps.events.emit('conversation.updated', conversation);
  deps.events.emit('queue.changed', { departmentId: conversation.departmentId });
}
