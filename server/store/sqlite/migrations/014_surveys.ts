import type { Migration } from '../migrate.ts';

/**
 * Online surveys (专项调查). A survey's questions and placement are JSON on its row (they are
 * read and written whole); `version` is compared and bumped by every save. A response keeps its
 * answers as JSON too, with the survey's question ids, and is never edited: results are counted
 * from the responses themselves. One response per visitor and survey; `client_id` makes a resend
 * store nothing new. The visitor and conversation are plain ids, so retention can delete them
 * and the answers (which name nobody) still count.
 */
export const surveys: Migration = {
  version: 14,
  name: 'surveys',
  sql: `
CREATE TABLE surveys (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  intro TEXT NOT NULL,
  status TEXT NOT NULL,
  questions TEXT NOT NULL,
  placement TEXT NOT NULL,
  created_by TEXT REFERENCES agents (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX surveys_status ON surveys (status, created_at);

CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  survey_id TEXT NOT NULL REFERENCES surveys (id),
  visitor_id TEXT,
  client_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  page_url TEXT,
  conversation_id TEXT,
  lang TEXT NOT NULL,
  answers TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX survey_responses_one_per_visitor ON survey_responses (survey_id, visitor_id);
CREATE UNIQUE INDEX survey_responses_client ON survey_responses (survey_id, client_id);
CREATE INDEX survey_responses_created ON survey_responses (created_at);
`,
};
