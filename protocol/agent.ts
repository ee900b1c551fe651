import type { AckCallback } from './ack.ts';
import type {
  AgentNote,
  ConversationDetail,
  ConversationSummary,
  Directory,
  VisitorInfo,
} from './conversation.ts';
import type { Language } from './language.ts';
import type { ChatMessage } from './message.ts';
import type { TicketNotice } from './tickets.ts';
import type {
  AgentMessageSendInput,
  AgentTypingInput,
  CloseInput,
  ConversationReadInput,
  ConversationRefInput,
  EmptyInput,
  NoteAddInput,
  StatusSetInput,
  TransferInput,
} from './schemas/agent.ts';

export type Role = 'agent' | 'admin';

/** An agent or admin as the console sees them; never carries the password hash. */
export interface AgentProfile {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Department ids this agent serves. */
  departments: string[];
  /** Most chats this agent holds at once. */
  maxChats: number;
  lang: Language;
  /** The profile photo's key, at `avatarPath(key)`; null without one. */
  avatar: string | null;
}

/** A profile photo: PNG, JPEG or WebP (read from the bytes), at most 500 KB. */
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const AVATAR_MAX_BYTES = 500_000;
/** Public, for visitors' widgets: a key is new per upload, so the file never changes. */
export const avatarPath = (key: string): string => `/api/avatars/${key}`;

/** REST: POST /api/auth/login and GET /api/auth/me */
export interface AuthResult {
  agent: AgentProfile;
}

/** REST errors: `{ error: { code, message } }` with the HTTP status. */
export interface RestError {
  /**
   * With `rate_limited`: `retryAfterMs`, how long to wait before trying again (also as the
   * Retry-After header); a sign-in lockout also says when it ends, `retryAt` (ISO time).
   */
  error: { code: string; message: string; retryAt?: string; retryAfterMs?: number };
}

/** The /agent namespace (the console). Event names are `resource.verb`, listed once here. */
export const AGENT_NAMESPACE = '/agent';

/** online: takes chats; away: signed in, takes none; offline: no console tab open. */
export type AgentStatus = 'online' | 'away' | 'offline';

export interface StatusResult {
  status: AgentStatus;
}

export interface ConversationList {
  conversations: ConversationSummary[];
}

/** Everything the chat view shows: the whole transcript (bot part included), notes, the visitor. */
export interface ConversationView {
  conversation: ConversationDetail;
  messages: ChatMessage[];
  notes: AgentNote[];
  visitor: VisitorInfo;
}

export interface TypingChange {
  conversationId: string;
  typing: boolean;
}

export interface AgentToServer {
  'status.set': (input: StatusSetInput, ack: AckCallback<StatusResult>) => void;
  /** The waiting conversations of the agent's departments (an admin sees every department). */
  'queue.list': (input: EmptyInput, ack: AckCallback<ConversationList>) => void;
  /** The conversations this agent holds. */
  'chat.list': (input: EmptyInput, ack: AckCallback<ConversationList>) => void;
  /** Opens a conversation the agent holds or may take; its live events follow on this socket. */
  'conversation.open': (input: ConversationRefInput, ack: AckCallback<ConversationView>) => void;
  /** Takes a waiting conversation by hand; `conflict` when someone else got it first. */
  'conversation.take': (input: ConversationRefInput, ack: AckCallback<ConversationSummary>) => void;
  'conversation.read': (
    input: ConversationReadInput,
    ack: AckCallback<ConversationSummary>,
  ) => void;
  'conversation.transfer': (input: TransferInput, ack: AckCallback<ConversationSummary>) => void;
  'conversation.close': (input: CloseInput, ack: AckCallback<ConversationDetail>) => void;
  'message.send': (input: AgentMessageSendInput, ack: AckCallback<ChatMessage>) => void;
  'note.add': (input: NoteAddInput, ack: AckCallback<AgentNote>) => void;
  'typing.set': (input: AgentTypingInput, ack: AckCallback<null>) => void;
  'directory.get': (input: EmptyInput, ack: AckCallback<Directory>) => void;
}

export interface ServerToAgent {
  /** The agent's status changed (in another tab, or by connecting / leaving): every tab shows it. */
  'status.changed': (change: StatusResult) => void;
  /** A queue this agent sees changed: ask `queue.list` again. */
  'queue.changed': () => void;
  /** A conversation was given to this agent (routing, a take, a transfer). */
  'conversation.assigned': (conversation: ConversationSummary) => void;
  /** A conversation this socket follows changed: moved, closed, rated. */
  'conversation.updated': (conversation: ConversationDetail) => void;
  'message.created': (message: ChatMessage) => void;
  'note.created': (note: AgentNote) => void;
  /** The visitor started or stopped typing. */
  'typing.changed': (change: TypingChange) => void;
  /** A 工单 this agent owns or receives for a department was handed over or fell due. */
  'ticket.changed': (notice: TicketNotice) => void;
}

export interface AgentSocketData {
  agentId: string;
  role: Role;
}
