import type { AckCallback } from './ack.ts';
import type { Language } from './language.ts';
import type { ChatMessage, FaqRef } from './message.ts';
import type {
  ConversationSyncInput,
  FaqSuggestInput,
  FeedbackSendInput,
  HandoffRequestInput,
  MessageSendInput,
} from './schemas/visitor.ts';

/** The /visitor namespace. Event names are `resource.verb`, listed once here. */
export const VISITOR_NAMESPACE = '/visitor';

export interface SyncResult {
  /** null until the visitor has written anything. */
  conversationId: string | null;
  /** Every message with seq > afterSeq, in order. */
  messages: ChatMessage[];
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
}

export interface ServerToVisitor {
  /** A message was stored in the visitor's conversation (their own, from another tab, or the bot's). */
  'message.created': (message: ChatMessage) => void;
  /** A stored message changed, e.g. its feedback was set from another tab. */
  'message.updated': (message: ChatMessage) => void;
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
