import type { AgentStatus } from './agent.ts';
import type { Language } from './language.ts';
import type { VisitorIdentity } from './identity.ts';
import type { PreChatAnswers } from './pre-chat.ts';
import type { Author } from './message.ts';

/**
 * Where a conversation is: the bot holds it, it waits in a department's queue, an agent
 * holds it, or it is over.
 */
export type ConversationStatus = 'bot' | 'queued' | 'active' | 'closed';

/** How a desk classifies every contact when closing it: 咨询 / 建议 / 意见 / 投诉. */
export const CLOSE_TYPES = ['consultation', 'suggestion', 'opinion', 'complaint'] as const;
export type CloseType = (typeof CLOSE_TYPES)[number];

/** 5 非常满意 very satisfied … 1 非常不满意 very dissatisfied. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** A conversation's place in its department's queue, as the waiting visitor sees it. */
export interface QueueStatus {
  conversationId: string;
  /** 1 = next. */
  position: number;
  /** From recent waits in that department; null until there is history to go by. */
  estimatedWaitSeconds: number | null;
}

/** What the visitor's window needs to know about the conversation beyond its messages. */
export interface VisitorConversationState {
  conversationId: string;
  status: ConversationStatus;
  /** The agent holding the chat; null while the bot or the queue has it. */
  agentName: string | null;
  /** That agent's photo (`/api/avatars/<key>`); null without one or without an agent. */
  agentAvatar: string | null;
  /** Set once the conversation is closed and an agent had it: the visitor may rate it. */
  canRate: boolean;
  rating: Rating | null;
  /** The last seq the agent has seen (已读); 0 until an agent has read anything. */
  agentReadSeq: number;
}

/** One line of the console's queue or chat list. */
export interface ConversationSummary {
  id: string;
  visitorId: string;
  /** A short, stable code shown as 访客 7F3A / Visitor 7F3A. */
  visitorCode: string;
  status: ConversationStatus;
  departmentId: string | null;
  agentId: string | null;
  agentName: string | null;
  lang: Language;
  queuedAt: string | null;
  assignedAt: string | null;
  lastMessage: { author: Author; body: string; createdAt: string } | null;
  lastSeq: number;
  /** Visitor messages the holding agent has not read yet (bot turns and notices do not count). */
  unread: number;
}

export interface ConversationDetail extends ConversationSummary {
  createdAt: string;
  firstReplyAt: string | null;
  transferredAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  closeType: CloseType | null;
  closeTags: string[];
  closeSummary: string | null;
  rating: Rating | null;
  ratingComment: string | null;
}

/** An internal note: agents only, never in anything a visitor receives. */
export interface AgentNote {
  id: string;
  conversationId: string;
  clientId: string;
  agentId: string;
  agentName: string;
  body: string;
  createdAt: string;
}

/** The console's visitor panel. */
export interface VisitorInfo {
  id: string;
  code: string;
  lang: Language;
  firstSeenAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  /** Read from the user agent, e.g. "Chrome 131", "Windows 10"; null when unknown. */
  browser: string | null;
  os: string | null;
  /** The page that linked to the host page, as the widget reported it. */
  referrer: string | null;
  /** The page the visitor last wrote from. */
  page: { url: string; title?: string } | null;
  previousConversations: {
    id: string;
    createdAt: string;
    closedAt: string | null;
    closeType: CloseType | null;
    closeSummary: string | null;
    rating: Rating | null;
  }[];
  /** What the host page said about the visitor (`Kefu('identify')`); null when it said nothing. */
  identity: VisitorIdentity | null;
  /** The visitor's own answers to the pre-chat form (unverified); null until filled in. */
  preChat: PreChatAnswers | null;
}

export interface DepartmentInfo {
  id: string;
  nameZh: string;
  nameEn: string;
  isDefault: boolean;
}

/** Colleagues and departments, for transferring and classifying. */
export interface Directory {
  departments: DepartmentInfo[];
  agents: {
    id: string;
    name: string;
    status: AgentStatus;
    departments: string[];
    activeChats: number;
    maxChats: number;
  }[];
}
