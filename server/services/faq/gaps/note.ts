import type { GapReason } from '../../../../protocol/index.ts';
import type { ConversationRow } from '../../../store/types.ts';
import type { BotReply } from '../../bot/reply.ts';
import type { ServiceDeps } from '../../deps.ts';

/** A question the bot did not settle, as a command sees it before storing its messages. */
export interface GapNote {
  reason: GapReason;
  faqId: string | null;
  /** The visitor message it is about; absent: the message this turn answers. */
  messageId?: string;
}

/** What a bot reply says about the question it answers: nothing found, or only suggestions. */
export function replyGap(reply: BotReply): GapNote | undefined {
  if (reply.kind === 'fallback') return { reason: 'unanswered', faqId: null };
  if (reply.kind === 'suggestions') {
    return { reason: 'unsure', faqId: reply.payload.suggestions?.[0]?.faqId ?? null };
  }
  return undefined;
}

/**
 * Asking for a person right after the bot's turn for a question says that turn did not
 * help: the question it was for, unless something else was said since.
 */
export async function handoffGap(
  deps: Pick<ServiceDeps, 'store'>,
  conversation: ConversationRow,
): Promise<GapNote | undefined> {
  if (conversation.status !== 'bot') return undefined;
  const last = await deps.store.messages.latest(conversation.id);
  if (last?.author !== 'bot' || !last.replyTo) return undefined;
  const faqId = last.faqId ?? last.payload.suggestions?.[0]?.faqId ?? null;
  return { reason: 'handoff', faqId, messageId: last.replyTo };
}

/**
 * Logs the gap once the visitor's message is stored. Only an event: the log is written after
 * the command returns, and a failure there is logged, never the visitor's problem.
 */
export function noteGap(
  deps: Pick<ServiceDeps, 'events'>,
  gap: GapNote,
  messageId: string,
  at: string,
): void {
  deps.events.emit('question.missed', {
    messageId: gap.messageId ?? messageId,
    reason: gap.reason,
    faqId: gap.faqId,
    at,
  });
}
