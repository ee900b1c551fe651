import type { AckCallback } from './ack.ts';
import type { IdentifyResult } from './identity.ts';
import type { IdentifyInput } from './schemas/identity.ts';
import type { DepartmentInfo, QueueStatus, VisitorConversationState } from './conversation.ts';
import type { Language } from './language.ts';
import type { PreChatAnswers, PreChatField } from './pre-chat.ts';
import type { ChatMessage, FaqRef } from './message.ts';
import type {
  AvailabilityGetInput,
  ConversationSyncInput,
  FaqSuggestInput,
  FeedbackSendInput,
  HandoffRequestInput,
  LeftMessageSendInput,
  MessageSendInput,
  PreChatSendInput,
  RatingSendInput,
  VisitorTypingInput,
} from './schemas/visitor.ts';

/** The /visitor namespace. Event names are `resource.verb`, listed once here. */
export const VISITOR_NAMESPACE = '/visitor';

export interface SyncResult {
  /** null until the visitor has written anything. */
  conversationId: string | null;
  /** Every message with seq > afterSeq, in order. */
  messages: ChatMessage[];
  /** The conversation's state (queued, with an agent, closed and ratable); null before any. */
  state: VisitorConversationState | null;
  /** The place in the queue while waiting for a person. */
  queue: QueueStatus | null;
}

/**
 * Whether a person can answer now. When not, the widget offers the leave-a-message form
 * instead of the queue. `departments` is set when the admin switched the picker on.
 */
export interface Availability {
  available: boolean;
  /** Why not: outside business hours, or nobody of any department online. */
  reason: 'closed' | 'no_agents' | null;
  departments: DepartmentInfo[] | null;
  /**
   * The pre-chat form this visitor is to fill in before the queue (listed departments then
   * include every one when it asks for a department); absent when there is none to fill.
   */
  preChat?: PreChatField[];
}

export interface LeftMessageReceipt {
  id: string;
  createdAt: string;
}

export interface SuggestResult {
  suggestions: FaqRef[];
}

export interface VisitorToServer {
  'message.send': (input: MessageSendInput, ack: AckCallback<ChatMessage>) => void;
  'conversation.sync': (input: ConversationSyncInput, ack: AckCallback<SyncResult>) => void;
  'faq.suggest': (input: FaqSuggestInput, ack: AckCallback<SuggestResult>) => void;
  'feedback.send': (input: FeedbackSendInput, ack: AckCallback<ChatMessage>) => void;
  'handoff.request': (input: HandoffRequestInput, ack: AckCallback<ChatMessage>) => void;
  'availability.get': (input: AvailabilityGetInput, ack: AckCallback<Availability>) => void;
  'typing.set': (input: VisitorTypingInput, ack: AckCallback<null>) => void;
  'rating.send': (input: RatingSendInput, ack: AckCallback<VisitorConversationState>) => void;
  'leftMessage.send': (input: LeftMessageSendInput, ack: AckCallback<LeftMessageReceipt>) => void;
  /** The pre-chat form; `conflict` when there is none to fill (off, or already filled in). */
  'preChat.send': (input: PreChatSendInput, ack: AckCallback<PreChatAnswers>) => void;
  /** `Kefu('identify', …)` from the host page; sent again on every connect. */
  'visitor.identify': (input: IdentifyInput, ack: AckCallback<IdentifyResult>) => void;
}

export interface ServerToVisitor {
  /** A message was stored in the visitor's conversation (their own, from another tab, or the bot's). */
  'message.created': (message: ChatMessage) => void;
  /** A stored message changed, e.g. its feedback was set from another tab. */
  'message.updated': (message: ChatMessage) => void;
  /** The place in the queue moved. */
  'queue.updated': (queue: QueueStatus) => void;
  /** Queued, taken by an agent, closed (and ratable), rated. */
  'conversation.updated': (state: VisitorConversationState) => void;
  /** The agent started or stopped typing. */
  'typing.changed': (change: { typing: boolean }) => void;
}

export interface VisitorSocketData {
  visitorId: string;
  lang: Language;
}

/** REST: POST /api/visitor/sessions → a new visitor and the token that alone unlocks it. */
export interface VisitorSession {
  visitorId: string;
  token: string;
}
