import { DEFAULT_QUICK_REPLIES_SQL } from '../../seed-sql.ts';

/**
 * Part of migration 18 (018_schema.ts), which assembles the schema from these parts in the order
 * its tables were created. Databases have it applied already: change the schema by a new
 * migration, never here.
 */

/** Quick replies (with the default ones) and settings. */
export const QUICK_REPLIES_AND_SETTINGS_SQL = `
CREATE TABLE quick_replies (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  lang text NOT NULL,
  shortcut text NOT NULL,
  body text NOT NULL,
  sort integer NOT NULL DEFAULT 0,
  created_at text NOT NULL,
  updated_at text NOT NULL
);
${DEFAULT_QUICK_REPLIES_SQL}

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at text NOT NULL
);
`;

/** Surveys and their responses. */
export const SURVEYS_SQL = `
CREATE TABLE surveys (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  title text NOT NULL,
  intro text NOT NULL,
  status text NOT NULL,
  questions text NOT NULL,
  placement text NOT NULL,
  created_by text REFERENCES agents (id),
  created_at text NOT NULL,
  updated_at text NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX surveys_status ON surveys (status, created_at);

CREATE TABLE survey_responses (
  rowid bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  survey_id text NOT NULL REFERENCES surveys (id),
  visitor_id text,
  client_id text NOT NULL,
  channel text NOT NULL,
  page_url text,
  conversation_id text,
  lang text NOT NULL,
  answers text NOT NULL,
  created_at text NOT NULL
);
CREATE UNIQUE INDEX survey_responses_one_per_visitor ON survey_responses (survey_id, visitor_id);
CREATE UNIQUE INDEX survey_responses_client ON survey_responses (survey_id, client_id);
CREATE INDEX survey_responses_created ON survey_responses (created_at);
`;
