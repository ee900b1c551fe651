import type {
  AgentStatus,
  Author,
  CloseType,
  ConversationStatus,
  Language,
  MessageAction,
  MessageKind,
  Rating,
  Role,
} from '../../protocol/index.ts';
import type { GapReason, GapResolution } from '../../protocol/gaps.ts';

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
  /** The browser's User-Agent at the last connection, for the agent's visitor panel. */
  userAgent: string | null;
  /** The host page's referrer, as the widget last reported it. */
  referrer: string | null;
}

export type { ConversationStatus };

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
  /** When it last entered a queue; orders the queue. */
  queuedAt: string | null;
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
}

/** Structured extras of a bot message, stored as JSON. */
export interface MessagePayload {
  suggestions?: { faqId: string; question: string }[];
  actions?: MessageAction[];
  /** The host page the visitor wrote from, for agents; never sent back to visitors. */
  page?: { url: string; title?: string | undefined; referrer?: string | undefined };
  /** Who wrote an agent message, with the name shown at the time. */
  agent?: { id: string; name: string };
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
  /** 1 on creation, +1 with every saved change (optimistic concurrency for editors). */
  version: number;
  updatedBy: string | null;
}

export type FaqRevisionAction = 'created' | 'updated' | 'deleted' | 'restored' | 'imported';

export interface FaqRevisionRow {
  id: number;
  entryId: string;
  version: number;
  action: FaqRevisionAction;
  /** The entry as saved by this revision (as it was, for `deleted`). */
  snapshot: FaqEntryRow;
  agentId: string | null;
  at: string;
}

export interface FaqListFilter {
  /** Matched against question, similar questions, keywords and answer (substring, any script). */
  q?: string | undefined;
  category?: string | undefined;
  department?: string | undefined;
  status?: FaqStatus | undefined;
  sort: 'updated' | 'hits' | 'helpful';
  offset: number;
  limit: number;
}

export interface FaqStatsRow {
  hits: number;
  helpful: number;
  unhelpful: number;
  handoffsAfter: number;
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
  get(id: string): Promise<VisitorRow | null>;
  findByTokenHash(tokenHash: string): Promise<VisitorRow | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
  /** Keeps what the browser said about itself; a null leaves the stored value. */
  setClientInfo(
    id: string,
    info: { userAgent: string | null; referrer: string | null },
  ): Promise<void>;
}

/** An online agent who serves a department, with the load routing compares. */
export interface RoutableAgent {
  id: string;
  maxChats: number;
  activeChats: number;
  lastAssignedAt: string | null;
}

export interface ConversationRepository {
  get(id: string): Promise<ConversationRow | null>;
  /** The visitor's most recent conversation, whatever its status. */
  latestFor(visitorId: string): Promise<ConversationRow | null>;
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
  /** How many queued conversations of the department entered the queue before this one. */
  countAhead(
    conversation: Pick<ConversationRow, 'id' | 'departmentId' | 'queuedAt'>,
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
  setAgentReadSeq(id: string, seq: number): Promise<void>;
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

export interface LeftMessageRow {
  id: string;
  visitorId: string;
  clientId: string;
  name: string;
  contact: string;
  body: string;
  lang: Language;
  departmentId: string | null;
  pageUrl: string | null;
  createdAt: string;
  handledAt: string | null;
  handledBy: string | null;
  handledNote: string | null;
}

export interface LeftMessageRepository {
  /** Idempotent per (visitor, clientId). */
  create(row: LeftMessageRow): Promise<{ leftMessage: LeftMessageRow; duplicate: boolean }>;
  get(id: string): Promise<LeftMessageRow | null>;
  /** Open: oldest first, to be worked through; handled: most recently handled first. */
  list(status: 'open' | 'handled', limit: number): Promise<LeftMessageRow[]>;
  /** Marks it handled unless it already was; null when it was (or does not exist). */
  markHandled(
    id: string,
    handled: { at: string; by: string; note: string },
  ): Promise<LeftMessageRow | null>;
}

export interface QuickReplyRow {
  id: string;
  lang: Language;
  shortcut: string;
  body: string;
  sort: number;
  createdAt: string;
  updatedAt: string;
}

export interface QuickReplyRepository {
  /** Sorted by sort, then shortcut. */
  list(): Promise<QuickReplyRow[]>;
  get(id: string): Promise<QuickReplyRow | null>;
  create(row: QuickReplyRow): Promise<void>;
  /** False when there is no such reply. */
  update(row: Omit<QuickReplyRow, 'createdAt'>): Promise<boolean>;
  delete(id: string): Promise<boolean>;
}

/** Admin settings, one JSON value per key; the service owns the shapes and defaults. */
export interface SettingsRepository {
  get(key: string): Promise<unknown>;
  /** Saves every key of `values` in one transaction. */
  set(values: Record<string, unknown>, at: string): Promise<void>;
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

export interface FaqEntryRepository {
  /** Entries not deleted; with `includeDeleted`, every entry ever stored. */
  count(options?: { includeDeleted?: boolean }): Promise<number>;
  /** The first seed: stored with a `created` revision each, by nobody. */
  insertMany(rows: FaqEntryRow[]): Promise<void>;
  listPublished(): Promise<FaqEntryRow[]>;
  /** Every entry not deleted, by id (export, re-index). */
  listAll(): Promise<FaqEntryRow[]>;
  /** A deleted entry reads as null. */
  get(id: string): Promise<FaqEntryRow | null>;
  list(filter: FaqListFilter): Promise<{ rows: FaqEntryRow[]; total: number }>;
  /** Distinct non-empty values in use, sorted. */
  categories(): Promise<string[]>;
  departments(): Promise<string[]>;
  /** Stores a new entry (version 1) and its `created` revision in one transaction; false if the id exists (even deleted). */
  create(row: FaqEntryRow): Promise<boolean>;
  /**
   * Saves `row` (its version must be `expectedVersion + 1`) with a revision of `action`, only
   * while the stored version is still `expectedVersion`; null when it was not (a colleague
   * saved first) or the entry is gone. `restored` also brings back a deleted entry.
   */
  update(
    row: FaqEntryRow,
    expectedVersion: number,
    action: 'updated' | 'restored',
  ): Promise<FaqEntryRow | null>;
  /** Marks it deleted (kept for history and restore) with a `deleted` revision; false if already gone. */
  delete(id: string, agentId: string, at: string): Promise<boolean>;
  listRevisions(entryId: string): Promise<FaqRevisionRow[]>;
  getRevision(id: number): Promise<FaqRevisionRow | null>;
  /** Counts for these entries; entries never used are absent. */
  stats(ids: string[]): Promise<Map<string, FaqStatsRow>>;
  /**
   * An import, all or nothing: creates and updates every row (with `imported` revisions) in
   * one transaction, or throws and writes nothing.
   */
  applyImport(rows: FaqEntryRow[], agentId: string, at: string): Promise<void>;
}

/** Who works a department now, for the admin's list and before a delete. */
export interface DepartmentUsage {
  /** Accounts linked to it, disabled ones included. */
  agents: number;
  /** Conversations queued for it or active in it. */
  openChats: number;
}

export interface DepartmentRepository {
  create(row: DepartmentRow): Promise<void>;
  getDefault(): Promise<DepartmentRow | null>;
  get(id: string): Promise<DepartmentRow | null>;
  /** The default first, then by id. */
  list(): Promise<DepartmentRow[]>;
  /** False when there is no such department. */
  rename(id: string, names: Pick<DepartmentRow, 'nameZh' | 'nameEn'>): Promise<boolean>;
  /** Makes it the only default, in one transaction; false when there is no such department. */
  setDefault(id: string): Promise<boolean>;
  /** False when there is no such department. The caller checks what refers to it first. */
  delete(id: string): Promise<boolean>;
  /** Per department id; departments with no agents and no open chats are absent. */
  usage(): Promise<Map<string, DepartmentUsage>>;
  /** Whether any conversation (of any status), conversation event or left message names it. */
  hasRecords(id: string): Promise<boolean>;
}

export interface AgentRepository {
  /** Stores the agent and its department links in one transaction. */
  create(row: AgentRow): Promise<void>;
  get(id: string): Promise<AgentRow | null>;
  /** `email` must already be lower-case. */
  findByEmail(email: string): Promise<AgentRow | null>;
  countByRole(role: Role): Promise<number>;
  /** Every agent, by name. */
  list(): Promise<AgentRow[]>;
  /** Online, enabled agents of the department, with their load. */
  listRoutable(departmentId: string): Promise<RoutableAgent[]>;
  /** Whether any enabled agent is online, in any department. */
  anyOnline(): Promise<boolean>;
  getStatus(id: string): Promise<AgentStatusRow | null>;
  setStatus(id: string, row: AgentStatusRow): Promise<void>;
  /** Sets every agent whose status is `current` to `row`; returns how many changed. */
  setStatusWhere(current: AgentStatus, row: AgentStatusRow): Promise<number>;
  /** Saves the profile and replaces the department links in one transaction; false when absent. */
  update(
    row: Pick<
      AgentRow,
      'id' | 'email' | 'name' | 'role' | 'maxChats' | 'lang' | 'departments' | 'updatedAt'
    >,
  ): Promise<boolean>;
  setPasswordHash(id: string, passwordHash: string, updatedAt: string): Promise<boolean>;
  setDisabled(id: string, disabled: boolean, updatedAt: string): Promise<boolean>;
}

export interface AgentSessionRepository {
  create(row: AgentSessionRow): Promise<void>;
  get(id: string): Promise<AgentSessionRow | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes sessions past `expiresBefore` or not seen since `lastSeenBefore`. */
  deleteStale(cutoffs: { expiresBefore: string; lastSeenBefore: string }): Promise<void>;
  /** Deletes the agent's sessions except `keep`, returning the ids deleted. */
  deleteForAgent(agentId: string, keep?: string): Promise<string[]>;
}

/** A visitor question the bot did not settle, logged once per message and reason (知识缺口). */
export interface QuestionGapRow {
  id: string;
  /** The visitor's message that asked it. */
  messageId: string;
  conversationId: string;
  text: string;
  lang: Language;
  reason: GapReason;
  /** The entry involved: the one answered with (unhelpful, handoff) or first suggested (unsure). */
  faqId: string | null;
  at: string;
  /** Null while open. */
  resolution: GapResolution | null;
  /** The entry created or added to. */
  resolvedFaqId: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export type QuestionGapDraft = Omit<
  QuestionGapRow,
  'resolution' | 'resolvedFaqId' | 'resolvedBy' | 'resolvedAt'
>;

export interface QuestionGapRepository {
  /** Logs it unless this message was already logged for this reason; false then. */
  record(draft: QuestionGapDraft): Promise<boolean>;
  /** Open questions, newest first, at most `limit`. */
  listOpen(limit: number): Promise<QuestionGapRow[]>;
  countOpen(): Promise<number>;
  /** Those of `ids` still open. */
  getOpen(ids: string[]): Promise<QuestionGapRow[]>;
  /** Resolves those of `ids` still open, in one transaction; returns how many it resolved. */
  resolve(
    ids: string[],
    resolution: { resolution: GapResolution; faqId: string | null; by: string; at: string },
  ): Promise<number>;
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
  notes: NoteRepository;
  leftMessages: LeftMessageRepository;
  quickReplies: QuickReplyRepository;
  settings: SettingsRepository;
  questionGaps: QuestionGapRepository;
  /** Throws when the database cannot answer a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
