import type { AgentStatus, Language, Role } from '../../../protocol/index.ts';

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
  /** The profile photo's key (AgentAvatar), set by reads; `create` stores none. */
  avatar?: string | null;
}

/** An agent's profile photo: its key in the file store (new per upload) and its image type. */
export interface AgentAvatar {
  key: string;
  type: string;
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

/** An online agent who serves a department, with the load routing compares. */
export interface RoutableAgent {
  id: string;
  maxChats: number;
  activeChats: number;
  lastAssignedAt: string | null;
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
  /** Replaces (or with null removes) the photo; the one it replaced, or false when absent. */
  setAvatar(id: string, avatar: AgentAvatar | null): Promise<AgentAvatar | null | false>;
  /** The photo under `key`, with whether its agent is deactivated. */
  avatarByKey(key: string): Promise<(AgentAvatar & { disabled: boolean }) | null>;
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
