import type {
  Attachment,
  Author,
  CloseType,
  ConversationStatus,
  Language,
  MessageAction,
  MessageKind,
  Rating,
} from '../../../protocol/index.ts';

export type { ConversationStatus };

export interface VisitorRow {
  id: string;
  tokenHash: string;
  lang: Language;
  createdAt: string;
  lastSeenAt: string;
  /** The browser's User-Agent at the last connection, for the agent's visitor panel. */
  userAgent: string | null;
  /** The host page's referrer, as the widget last reported it. */
  referrer: string | null;
}

export interface ConversationRow {
  id: string;
  visitorId: string;
  status: ConversationStatus;
  lang: Language;
  lastSeq: number;
  createdAt: string;
  updatedAt: string;
  /** The first time the visitor asked for a person. */
  handoffRequestedAt: string | null;
  departmentId: string | null;
  /** The agent holding the chat (status active), or who held it last. */
  agentId: string | null;
  /** When it last entered a queue; orders the queue, after `priority`. */
  queuedAt: string | null;
  /** 1 when queued for a tier the admin serves first (set at the handoff), else 0. */
  priority: number;
  /** The first assignment to an agent. */
  assignedAt: string | null;
  firstReplyAt: string | null;
  transferredAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  closeType: CloseType | null;
  closeTags: string[];
  closeSummary: string | null;
  rating: Rating | null;
  ratingComment: string | null;
  ratedAt: string | null;
  /** The last seq the holding agent has seen. */
  agentReadSeq: number;
}

/** Fields a command may set on a conversation. */
export type ConversationChange = Partial<
  Pick<
    ConversationRow,
    | 'status'
    | 'departmentId'
    | 'agentId'
    | 'queuedAt'
    | 'priority'
    | 'transferredAt'
    | 'closedAt'
    | 'closedBy'
    | 'closeType'
    | 'closeTags'
    | 'closeSummary'
    | 'rating'
    | 'ratingComment'
    | 'ratedAt'
  >
> & {
  /** Kept only the first time: later handoffs, assignments and replies leave these alone. */
  handoffRequestedAt?: string;
  assignedAt?: string;
  firstReplyAt?: string;
};

/** What happened to a conversation, for the timing data of the monthly analysis. */
export type ConversationEventKind =
  'queued' | 'assigned' | 'taken' | 'transferred' | 'closed' | 'rated';

export interface ConversationEventRow {
  conversationId: string;
  kind: ConversationEventKind;
  /** Who did it; null for the visitor or Kefu's routing. */
  actorAgentId: string | null;
  /** Who got the chat (assigned, taken, transferred to an agent). */
  agentId: string | null;
  departmentId: string | null;
  note: string | null;
  at: string;
  /** For `queued`: the FAQ entry the bot had just answered with, if the last bot turn was an answer. */
  faqId?: string | null;
}

/** Only apply a change while the conversation is still as the caller saw it. */
export interface ConversationExpectation {
  status: ConversationStatus | ConversationStatus[];
  /** The holding agent must be this one (null: nobody). */
  agentId?: string | null;
  /** Not rated yet. */
  rating?: null;
  /**
   * The agent the change gives it to holds fewer active chats than their limit, counted in the
   * same transaction: routing on two nodes at once never takes an agent over it.
   */
  agentHasRoom?: true;
}

/** Structured extras of a bot message, stored as JSON. */
export interface MessagePayload {
  suggestions?: { faqId: string; question: string }[];
  actions?: MessageAction[];
  /** The host page the visitor wrote from, for agents; never sent back to visitors. */
  page?: { url: string; title?: string | undefined; referrer?: string | undefined };
  /** Who wrote an agent message, with the name shown at the time. */
  agent?: { id: string; name: string };
  /** The 工单 a `ticket_reply` answers. */
  ticket?: { id: string; ref: string };
  /** The file of an `attachment` message; its bytes are in AttachmentFiles under the message id. */
  attachment?: Attachment;
}

export interface MessageRow {
  id: string;
  conversationId: string;
  seq: number;
  clientId: string | null;
  /** The message this one answers (a bot reply points at the visitor's question). */
  replyTo: string | null;
  author: Author;
  kind: MessageKind;
  body: string;
  faqId: string | null;
  payload: MessagePayload;
  createdAt: string;
  /** Joined from faq_feedback: the visitor's vote on a bot answer. */
  helpful: boolean | null;
}

/** A message to store; the store assigns seq, and links replies to the first draft. */
export type MessageDraft = Pick<
  MessageRow,
  'id' | 'author' | 'kind' | 'body' | 'faqId' | 'payload' | 'createdAt'
>;

export interface AppendResult {
  /** The stored messages of this exchange, first the one carrying the clientId. */
  messages: MessageRow[];
  /** True when the clientId was already stored: nothing new was written. */
  duplicate: boolean;
}

export interface AppendOptions {
  clientId: string;
  /** Conversation fields to change in the same transaction as the append. */
  conversation?: ConversationChange;
  /** Logged in the same transaction, e.g. `queued` with a handoff notice. */
  event?: ConversationEventRow;
}

export interface VisitorRepository {
  create(row: VisitorRow): Promise<void>;
  get(id: string): Promise<VisitorRow | null>;
  findByTokenHash(tokenHash: string): Promise<VisitorRow | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
  /** Keeps what the browser said about itself; a null leaves the stored value. */
  setClientInfo(
    id: string,
    info: { userAgent: string | null; referrer: string | null },
  ): Promise<void>;
}

export type OpenState = Pick<ConversationRow, 'id' | 'status'>;

export interface ConversationRepository {
  get(id: string): Promise<ConversationRow | null>;
  /** The visitor's most recent conversation, whatever its status. */
  latestFor(visitorId: string): Promise<ConversationRow | null>;
  /**
   * Where the visitor's conversation that is not closed stands, or null: all a message to an
   * agent needs, without reading (and mapping) the whole row.
   */
  openState(visitorId: string): Promise<OpenState | null>;
  /** The visitor's conversation that is not closed, created from `draft` if there is none. */
  findOrCreateOpen(
    draft: Pick<ConversationRow, 'id' | 'visitorId' | 'lang' | 'createdAt'>,
  ): Promise<{ conversation: ConversationRow; created: boolean }>;
  /** The visitor's conversations, newest first. */
  listForVisitor(visitorId: string, limit: number): Promise<ConversationRow[]>;
  /** Waiting conversations, longest waiting first; `departments` null means every department. */
  listQueued(departments: string[] | null): Promise<ConversationRow[]>;
  /** The conversations an agent holds now, oldest assignment first. */
  listActiveFor(agentId: string): Promise<ConversationRow[]>;
  /** How many active chats each agent holds (agents with none are absent). */
  countActiveByAgent(): Promise<Map<string, number>>;
  /** How many queued conversations of the department are ahead: higher priority, or as high and waiting longer. */
  countAhead(
    conversation: Pick<ConversationRow, 'id' | 'departmentId' | 'queuedAt' | 'priority'>,
  ): Promise<number>;
  /** Seconds waited by the department's latest assignments, newest first. */
  recentWaits(departmentId: string, limit: number): Promise<number[]>;
  /**
   * The one way conversations change state: applies `change` (and, for an assignment,
   * the agent's last_assigned_at) and logs `event`, in one transaction, only while the
   * conversation still matches `expect`. Null when it no longer did: someone else
   * was first. This is what makes two simultaneous takes give the chat to one agent.
   */
  transition(
    id: string,
    expect: ConversationExpectation,
    change: ConversationChange,
    event: ConversationEventRow | null,
  ): Promise<ConversationRow | null>;
  /** Moves the agent's read mark forward only; true when it moved. */
  setAgentReadSeq(id: string, seq: number): Promise<boolean>;
  /** Oldest first. */
  listEvents(conversationId: string): Promise<ConversationEventRow[]>;
}

export interface NoteRow {
  id: string;
  conversationId: string;
  agentId: string;
  clientId: string;
  body: string;
  createdAt: string;
}

export interface NoteRepository {
  /** Idempotent per (conversation, clientId): a resend returns the stored note. */
  add(row: NoteRow): Promise<{ note: NoteRow; duplicate: boolean }>;
  list(conversationId: string): Promise<NoteRow[]>;
}

export interface MessageRepository {
  /**
   * Appends take their seqs in the order `append` was called, even before they are stored
   * (SQLite's group commit); false where a later call may overtake (a networked database).
   */
  readonly appendsInCallOrder: boolean;
  /** Stores the drafts with consecutive seqs in one transaction, or returns the earlier exchange. */
  append(
    conversationId: string,
    drafts: MessageDraft[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  get(id: string): Promise<MessageRow | null>;
  listAfter(conversationId: string, afterSeq: number): Promise<MessageRow[]>;
  /** The conversation's most recent message by this author. */
  latestBy(conversationId: string, author: Author): Promise<MessageRow | null>;
  /** The conversation's most recent message. */
  latest(conversationId: string): Promise<MessageRow | null>;
  /** How many messages by `author` have a seq above `afterSeq`. */
  countAfter(conversationId: string, afterSeq: number, author: Author): Promise<number>;
  /** The FAQ entry the bot last answered with in this conversation. */
  latestFaqId(conversationId: string): Promise<string | null>;
}

export interface FeedbackRepository {
  /** One vote per message; voting again replaces it. */
  upsert(vote: { messageId: string; faqId: string; helpful: boolean; at: string }): Promise<void>;
}
