import type {
  AgentStatus,
  Author,
  Language,
  MessageAction,
  MessageKind,
  Role,
} from '../../protocol/index.ts';

/**
 * Persistence behind interfaces. Every method is async so a networked database
 * (PostgreSQL in cluster mode) can sit behind the same contract as embedded SQLite.
 * Stores hold no business rules: they read and write exactly what they are told.
 */

export interface VisitorRow {
  id: string;
  tokenHash: string;
  lang: Language;
  createdAt: string;
  lastSeenAt: string;
}

export type ConversationStatus = 'bot' | 'handoff_requested' | 'closed';

export interface ConversationRow {
  id: string;
  visitorId: string;
  status: ConversationStatus;
  lang: Language;
  lastSeq: number;
  createdAt: string;
  updatedAt: string;
  handoffRequestedAt: string | null;
}

/** Structured extras of a bot message, stored as JSON. */
export interface MessagePayload {
  suggestions?: { faqId: string; question: string }[];
  actions?: MessageAction[];
  /** The host page the visitor wrote from, for agents; never sent back to visitors. */
  page?: { url: string; title?: string | undefined };
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
  conversation?: Partial<Pick<ConversationRow, 'status' | 'handoffRequestedAt'>>;
}

export type FaqStatus = 'published' | 'draft';

export interface FaqEntryRow {
  id: string;
  lang: Language | null;
  question: string;
  similar: string[];
  keywords: string[];
  answer: string;
  category: string | null;
  department: string | null;
  status: FaqStatus;
  createdAt: string;
  updatedAt: string;
}

export interface DepartmentRow {
  id: string;
  nameZh: string;
  nameEn: string;
  isDefault: boolean;
  createdAt: string;
}

export interface AgentRow {
  id: string;
  /** Always lower-case. */
  email: string;
  name: string;
  role: Role;
  /** `scrypt$N$r$p$salt$hash`; never leaves the server. */
  passwordHash: string;
  maxChats: number;
  lang: Language;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  /** Joined from agent_departments, sorted by id. */
  departments: string[];
}

/** An agent's presence, kept apart from AgentRow: it changes far more often than the profile. */
export interface AgentStatusRow {
  status: AgentStatus;
  /** Null until the status first changes. */
  changedAt: string | null;
}

export interface AgentSessionRow {
  /** SHA-256 hex of the cookie token. */
  id: string;
  agentId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface VisitorRepository {
  create(row: VisitorRow): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<VisitorRow | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
}

export interface ConversationRepository {
  get(id: string): Promise<ConversationRow | null>;
  /** The visitor's most recent conversation, whatever its status. */
  latestFor(visitorId: string): Promise<ConversationRow | null>;
  /** The visitor's conversation that is not closed, created from `draft` if there is none. */
  findOrCreateOpen(
    draft: Pick<ConversationRow, 'id' | 'visitorId' | 'lang' | 'createdAt'>,
  ): Promise<{ conversation: ConversationRow; created: boolean }>;
}

export interface MessageRepository {
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
}

export interface FeedbackRepository {
  /** One vote per message; voting again replaces it. */
  upsert(vote: { messageId: string; faqId: string; helpful: boolean; at: string }): Promise<void>;
}

export interface FaqEntryRepository {
  count(): Promise<number>;
  insertMany(rows: FaqEntryRow[]): Promise<void>;
  listPublished(): Promise<FaqEntryRow[]>;
}

export interface DepartmentRepository {
  getDefault(): Promise<DepartmentRow | null>;
}

export interface AgentRepository {
  /** Stores the agent and its department links in one transaction. */
  create(row: AgentRow): Promise<void>;
  get(id: string): Promise<AgentRow | null>;
  /** `email` must already be lower-case. */
  findByEmail(email: string): Promise<AgentRow | null>;
  countByRole(role: Role): Promise<number>;
  getStatus(id: string): Promise<AgentStatusRow | null>;
  setStatus(id: string, row: AgentStatusRow): Promise<void>;
  /** Sets every agent whose status is `current` to `row`; returns how many changed. */
  setStatusWhere(current: AgentStatus, row: AgentStatusRow): Promise<number>;
}

export interface AgentSessionRepository {
  create(row: AgentSessionRow): Promise<void>;
  get(id: string): Promise<AgentSessionRow | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes sessions past `expiresBefore` or not seen since `lastSeenBefore`. */
  deleteStale(cutoffs: { expiresBefore: string; lastSeenBefore: string }): Promise<void>;
}

export interface Store {
  visitors: VisitorRepository;
  conversations: ConversationRepository;
  messages: MessageRepository;
  feedback: FeedbackRepository;
  faqEntries: FaqEntryRepository;
  departments: DepartmentRepository;
  agents: AgentRepository;
  agentSessions: AgentSessionRepository;
  /** Throws when the database cannot answer a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
