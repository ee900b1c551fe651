import type { SurveyRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import {
  toSurveyResponseRow,
  toSurveyRow,
  type SurveyRaw,
  type SurveyResponseRaw,
} from '../rows/surveys.ts';

const UPDATE = `UPDATE surveys SET title = $3, intro = $4, status = $5, questions = $6,
    placement = $7, updated_at = $8, version = version + 1
  WHERE id = $1 AND version = $2`;

// One statement: an answer stored after the service counted none still stops the change.
const UPDATE_UNANSWERED = `${UPDATE}
  AND NOT EXISTS (SELECT 1 FROM survey_responses WHERE survey_id = $1)`;

const byId = (sql: Sql, id: string) =>
  sql.get<SurveyRaw>('SELECT * FROM surveys WHERE id = $1', [id]);

const byClient = (sql: Sql, surveyId: string, clientId: string) =>
  sql.get<SurveyResponseRaw>(
    'SELECT * FROM survey_responses WHERE survey_id = $1 AND client_id = $2',
    [surveyId, clientId],
  );

const answered = async (sql: Sql, surveyId: string, visitorId: string) =>
  (await sql.get('SELECT 1 FROM survey_responses WHERE survey_id = $1 AND visitor_id = $2', [
    surveyId,
    visitorId,
  ])) !== undefined;

export function surveyRepository(db: Sql): SurveyRepository {
  return {
    async create(row) {
      await db.run(
        `INSERT INTO surveys (id, title, intro, status, questions, placement, created_by,
           created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)`,
        [
          row.id,
          row.title,
          row.intro,
          row.status,
          JSON.stringify(row.questions),
          JSON.stringify(row.placement),
          row.createdBy,
          row.createdAt,
          row.updatedAt,
        ],
      );
      return { ...row, version: 1 };
    },
    async get(id) {
      const raw = await byId(db, id);
      return raw ? toSurveyRow(raw) : null;
    },
    async list() {
      const rows = await db.all<SurveyRaw & { responses: number }>(
        `SELECT s.*, (SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = s.id) AS responses
         FROM surveys s ORDER BY s.created_at DESC, s.rowid DESC`,
      );
      return rows.map(({ responses, ...raw }) => ({ survey: toSurveyRow(raw), responses }));
    },
    async listOpen() {
      const rows = await db.all<SurveyRaw>(
        "SELECT * FROM surveys WHERE status = 'open' ORDER BY created_at, rowid",
      );
      return rows.map(toSurveyRow);
    },
    async update(id, version, change, options) {
      const changed = await db.run(options?.unanswered ? UPDATE_UNANSWERED : UPDATE, [
        id,
        version,
        change.title,
        change.intro,
        change.status,
        JSON.stringify(change.questions),
        JSON.stringify(change.placement),
        change.updatedAt,
      ]);
      if (changed === 0) return null;
      const raw = await byId(db, id);
      return raw ? toSurveyRow(raw) : null;
    },
    async countResponses(surveyId) {
      const row = await db.get<{ n: number }>(
        'SELECT COUNT(*) AS n FROM survey_responses WHERE survey_id = $1',
        [surveyId],
      );
      return row?.n ?? 0;
    },
    // Read and write in one transaction, so a resend racing the first send cannot store twice.
    async addResponse(row, surveyVersion) {
      return db.tx(async (sql) => {
        const same = await byClient(sql, row.surveyId, row.clientId);
        if (same) return { kind: 'duplicate' as const, response: toSurveyResponseRow(same) };
        const open = await sql.get(
          "SELECT 1 FROM surveys WHERE id = $1 AND version = $2 AND status = 'open'",
          [row.surveyId, surveyVersion],
        );
        if (open === undefined) return { kind: 'changed' as const };
        if (row.visitorId !== null && (await answered(sql, row.surveyId, row.visitorId))) {
          return { kind: 'answered' as const };
        }
        await sql.run(
          `INSERT INTO survey_responses (id, survey_id, visitor_id, client_id, channel, page_url,
             conversation_id, lang, answers, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            row.id,
            row.surveyId,
            row.visitorId,
            row.clientId,
            row.channel,
            row.pageUrl,
            row.conversationId,
            row.lang,
            JSON.stringify(row.answers),
            row.createdAt,
          ],
        );
        return { kind: 'stored' as const, response: row };
      });
    },
    async responseByClient(surveyId, clientId) {
      const raw = await byClient(db, surveyId, clientId);
      return raw ? toSurveyResponseRow(raw) : null;
    },
    async hasAnswered(surveyId, visitorId) {
      return answered(db, surveyId, visitorId);
    },
    async responses(surveyId) {
      const rows = await db.all<SurveyResponseRaw>(
        'SELECT * FROM survey_responses WHERE survey_id = $1 ORDER BY created_at, rowid',
        [surveyId],
      );
      return rows.map(toSurveyResponseRow);
    },
    async responsesIn(range) {
      const rows = await db.all<SurveyResponseRaw>(
        `SELECT * FROM survey_responses WHERE created_at >= $1 AND created_at < $2
         ORDER BY created_at, rowid`,
        [range.from, range.to],
      );
      return rows.map(toSurveyResponseRow);
    },
  };
}
