import type { Migration } from '../migrate.ts';
import { DEFAULT_DEPARTMENT_SQL } from '../../seed-sql.ts';

/**
 * Agents, their departments and their console sessions. Same portable rules as 001.
 * Sessions are keyed by the SHA-256 of the cookie token, so the table alone unlocks nothing.
 */
export const agents: Migration = {
  version: 2,
  name: 'agents',
  sql: `
CREATE TABLE departments (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  is_default INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
-- Every install starts with one department.
${DEFAULT_DEPARTMENT_SQL}

CREATE TABLE agents (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  max_chats INTEGER NOT NULL DEFAULT 5,
  lang TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX agents_role ON agents (role);

CREATE TABLE agent_departments (
  agent_id TEXT NOT NULL REFERENCES agents (id),
  department_id TEXT NOT NULL REFERENCES departments (id),
  PRIMARY KEY (agent_id, department_id)
);
CREATE INDEX agent_departments_department ON agent_departments (department_id);

CREATE TABLE agent_sessions (
  id TEXT PRIMARY KEY,
  agent_id TEXT NOT NULL REFERENCES agents (id),
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX agent_sessions_agent ON agent_sessions (agent_id);
CREATE INDEX agent_sessions_expires ON agent_sessions (expires_at);
CREATE INDEX agent_sessions_last_seen ON agent_sessions (last_seen_at);
`,
};
