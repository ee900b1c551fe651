import type { z } from 'zod';
import type { AgentToServer, VisitorToServer } from '../../protocol/index.ts';
import {
  agentMessageSendSchema,
  agentTypingSchema,
  closeSchema,
  conversationReadSchema,
  conversationRefSchema,
  emptySchema,
  noteAddSchema,
  statusSetSchema,
  transferSchema,
} from '../../protocol/schemas/agent.ts';
import { identifySchema } from '../../protocol/schemas/identity.ts';
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
} from '../../protocol/schemas/visitor.ts';

export type Namespace = 'visitor' | 'agent';

export interface EventTarget {
  ns: Namespace;
  event: string;
  schema: z.ZodType;
  /** Accepted, it still changes nothing stored: it may run alongside refused input. */
  readOnly: boolean;
}

/** `satisfies` makes the compiler name any event of the contract that has no fuzz target. */
const VISITOR_EVENTS = {
  'message.send': messageSendSchema,
  'conversation.sync': conversationSyncSchema,
  'faq.suggest': faqSuggestSchema,
  'feedback.send': feedbackSendSchema,
  'handoff.request': handoffRequestSchema,
  'availability.get': availabilityGetSchema,
  'typing.set': visitorTypingSchema,
  'rating.send': ratingSendSchema,
  'leftMessage.send': leftMessageSendSchema,
  'preChat.send': preChatSendSchema,
  'visitor.identify': identifySchema,
} satisfies Record<keyof VisitorToServer, z.ZodType>;

const AGENT_EVENTS = {
  'status.set': statusSetSchema,
  'queue.list': emptySchema,
  'chat.list': emptySchema,
  'conversation.open': conversationRefSchema,
  'conversation.take': conversationRefSchema,
  'conversation.read': conversationReadSchema,
  'conversation.transfer': transferSchema,
  'conversation.close': closeSchema,
  'message.send': agentMessageSendSchema,
  'note.add': noteAddSchema,
  'typing.set': agentTypingSchema,
  'directory.get': emptySchema,
} satisfies Record<keyof AgentToServer, z.ZodType>;

const READ_ONLY = new Set([
  'visitor conversation.sync',
  'visitor faq.suggest',
  'visitor availability.get',
  'visitor typing.set',
  'agent queue.list',
  'agent chat.list',
  'agent conversation.open',
  'agent typing.set',
  'agent directory.get',
]);

function targets(ns: Namespace, events: Record<string, z.ZodType>): EventTarget[] {
  return Object.entries(events).map(([event, schema]) => ({
    ns,
    event,
    schema,
    readOnly: READ_ONLY.has(`${ns} ${event}`),
  }));
}

export const EVENT_TARGETS: readonly EventTarget[] = [
  ...targets('visitor', VISITOR_EVENTS),
  ...targets('agent', AGENT_EVENTS),
];
