import type { Attachment } from './attachments.ts';

/** Who wrote a message. `system` messages are notices from Kefu itself. */
export type Author = 'visitor' | 'bot' | 'agent' | 'system';

/**
 * What a message is, beyond its text:
 * - text: plain words from a visitor or an agent
 * - answer: the bot answered from one FAQ entry (`faqId`), the visitor may rate it
 * - suggestions: the bot was unsure and offers close FAQ entries (`suggestions`)
 * - fallback: the bot found nothing and offers a person (`actions`)
 * - notice: a system notice, e.g. that a handoff was requested
 * - attachment: a file from a visitor or an agent (`attachment`); `body` is its name
 * - ticket_reply: an agent's public reply on the visitor's 工单 (`ticketRef`), left in their chat
 */
export type MessageKind =
  'text' | 'answer' | 'suggestions' | 'fallback' | 'notice' | 'attachment' | 'ticket_reply';

/** handoff: ask for a person; leave_message: nobody can answer now, write to the team. */
export type MessageAction = 'handoff' | 'leave_message';

export type Feedback = 'up' | 'down';

export interface FaqRef {
  faqId: string;
  question: string;
}

export interface ChatMessage {
  /** Server id, stable forever. */
  id: string;
  conversationId: string;
  /** 1, 2, 3 … within the conversation, no gaps: clients sync "everything after seq". */
  seq: number;
  /** The id the sending client made up; echoed so the optimistic bubble is replaced in place. */
  clientId: string | null;
  author: Author;
  /** The agent's display name on agent messages. */
  authorName?: string;
  kind: MessageKind;
  /** Plain text for visitor/agent messages; Markdown (links, lists, bold) for bot answers. */
  body: string;
  faqId?: string;
  suggestions?: FaqRef[];
  actions?: MessageAction[];
  feedback?: Feedback | null;
  /** On `ticket_reply` messages: the 工单 it answers, as the customer was told it (`GD-2025-00042`). */
  ticketRef?: string;
  /** On `attachment` messages: the file, downloaded from the message's attachment path. */
  attachment?: Attachment;
  /** ISO 8601, UTC. */
  createdAt: string;
}
