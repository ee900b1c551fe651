import {
  availabilityGetSchema,
  conversationSyncSchema,
  faqSuggestSchema,
  feedbackSendSchema,
  handoffRequestSchema,
  leftMessageSendSchema,
  messageSendSchema,
  preChatSendSchema,
  ratingSendSchema,
  visitorTypingSchema,
} from '../../../protocol/schemas/visitor.ts';
import { identifySchema } from '../../../protocol/schemas/identity.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { leaveMessage } from '../../services/desk/left-messages.ts';
import { identifyVisitor } from '../../services/visitor/identify.ts';
import { postMessage } from '../../services/visitor/post-message.ts';
import { visitorAvailability } from '../../services/visitor/pre-chat.ts';
import { sendPreChat } from '../../services/visitor/pre-chat-send.ts';
import { rateConversation } from '../../services/visitor/rate.ts';
import { recordFeedback } from '../../services/visitor/record-feedback.ts';
import { requestHandoff } from '../../services/visitor/request-handoff.ts';
import { suggestQuestions } from '../../services/visitor/suggest-questions.ts';
import { syncConversation } from '../../services/visitor/sync-conversation.ts';
import { visitorTyping } from '../../services/visitor/typing.ts';
import { acknowledge, type Acks } from '../acknowledge.ts';
import { inOrder } from '../in-order.ts';
import type { VisitorSocket } from './types.ts';

/** One line per event: validate, then one use case for the authenticated visitor. */
export function registerVisitorHandlers(
  socket: VisitorSocket,
  deps: ServiceDeps,
  acks: Acks,
): void {
  const actor = socket.data;
  const writes = inOrder();
  socket.on(
    'message.send',
    acknowledge(acks, 'message.send', messageSendSchema, (input) =>
      writes((placed) => postMessage(deps, actor, input, socket.id, placed)),
    ),
  );
  socket.on(
    'conversation.sync',
    acknowledge(acks, 'conversation.sync', conversationSyncSchema, (input) =>
      syncConversation(deps, actor, input),
    ),
  );
  socket.on(
    'faq.suggest',
    acknowledge(acks, 'faq.suggest', faqSuggestSchema, (input) =>
      suggestQuestions(deps, actor, input),
    ),
  );
  socket.on(
    'feedback.send',
    acknowledge(acks, 'feedback.send', feedbackSendSchema, (input) =>
      recordFeedback(deps, actor, input),
    ),
  );
  socket.on(
    'handoff.request',
    acknowledge(acks, 'handoff.request', handoffRequestSchema, (input) =>
      requestHandoff(deps, actor, input),
    ),
  );
  socket.on(
    'availability.get',
    acknowledge(acks, 'availability.get', availabilityGetSchema, () =>
      visitorAvailability(deps, actor),
    ),
  );
  socket.on(
    'typing.set',
    acknowledge(acks, 'typing.set', visitorTypingSchema, (input) =>
      visitorTyping(deps, actor, input),
    ),
  );
  socket.on(
    'rating.send',
    acknowledge(acks, 'rating.send', ratingSendSchema, (input) =>
      rateConversation(deps, actor, input),
    ),
  );
  socket.on(
    'leftMessage.send',
    acknowledge(acks, 'leftMessage.send', leftMessageSendSchema, (input) =>
      leaveMessage(deps, actor, input),
    ),
  );
  socket.on(
    'preChat.send',
    acknowledge(acks, 'preChat.send', preChatSendSchema, (input) =>
      sendPreChat(deps, actor, input),
    ),
  );
  socket.on(
    'visitor.identify',
    acknowledge(acks, 'visitor.identify', identifySchema, (input) =>
      identifyVisitor(deps, actor, input),
    ),
  );
}
