import type { Database } from 'better-sqlite3';
import type { SurveyRepository, SurveyResponseRow } from '../types.ts';
import {
  toSurveyResponseRow,
  toSurveyRow,
  type SurveyRaw,
  type SurveyResponseRaw,
} from '../rows/surveys.ts';

export function surveyRepository(db: Database): SurveyRepository {
  const insert = db.prepare<[SurveyRaw]>(
    `INSERT INTO surveys (id, title, intro, status, questions, placement, created_by,
       created_at, updated_at, version)
     VALUES (@id, @title, @intro, @status, @questions, @placement, @created_by,
       @created_at, @updated_at, @version)`,
  );
  const byId = db.prepare<[string], SurveyRaw>('SELECT * FROM surveys WHERE id = ?');
  const all = db.prepare<[], SurveyRaw & { responses: number }>(
    `SELECT s.*, (SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = s.id) AS responses
     FROM surveys s ORDER BY s.created_at DESC, s.rowid DESC`,
  );
  const open = db.prepare<[], SurveyRaw>(
    "SELECT * FROM surveys WHERE status = 'open' ORDER BY created_at, rowid",
  );
  const updateSql = `UPDATE surveys SET title = @title, intro = @intro, status = @status,
       questions = @questions, placement = @placement, updated_at = @updated_at,
       version = version + 1
     WHERE id = @id AND version = @version`;
  type UpdateRaw = Omit<SurveyRaw, 'created_by' | 'created_at'>;
  const update = db.prepare<[UpdateRaw]>(updateSql);
  // One statement: an answer stored after the service counted none still stops the change.
  const updateUnanswered = db.prepare<[UpdateRaw]>(
    `${updateSql} AND NOT EXISTS (SELECT 1 FROM survey_responses WHERE survey_id = @id)`,
  );
  const openAt = db
    .prepare<[string, number], number>(
      "SELECT 1 FROM surveys WHERE id = ? AND version = ? AND status = 'open'",
    )
    .pluck();
  const count = db
    .prepare<[string], number>('SELECT COUNT(*) FROM survey_responses WHERE survey_id = ?')
    .pluck();
  const byClient = db.prepare<[string, string], SurveyResponseRaw>(
    'SELECT * FROM survey_responses WHERE survey_id = ? AND client_id = ?',
  );
  const answered = db
    .prepare<[string, string], number>(
      'SELECT 1 FROM survey_responses WHERE survey_id = ? AND visitor_id = ?',
    )
    .pluck();
  const insertResponse = db.prepare<[SurveyResponseRaw]>(
    `INSERT INTO survey_responses (id, survey_id, visitor_id, client_id, channel, page_url,
       conversation_id, lang, answers, created_at)
     VALUES (@id, @survey_id, @visitor_id, @client_id, @channel, @page_url,
       @conversation_id, @lang, @answers, @created_at)`,
  );
  const responsesOf = db.prepare<[string], SurveyResponseRaw>(
    'SELECT * FROM survey_responses WHERE survey_id = ? ORDER BY created_at, rowid',
  );
  const responsesIn = db.prepare<[string, string], SurveyResponseRaw>(
    `SELECT * FROM survey_responses WHERE created_at >= ? AND created_at < ?
     ORDER BY created_at, rowid`,
  );

  // Read and write in one transaction, so a resend racing the first send cannot store twice.
  const add = db.transaction((row: SurveyResponseRow, surveyVersion: number) => {
    const same = byClient.get(row.surveyId, row.clientId);
    if (same) return { kind: 'duplicate' as const, response: toSurveyResponseRow(same) };
    if (openAt.get(row.surveyId, surveyVersion) === undefined) return { kind: 'changed' as const };
    if (row.visitorId !== null && answered.get(row.surveyId, row.visitorId) !== undefined) {
      return { kind: 'answered' as const };
    }
    insertResponse.run({
      id: row.id,
      survey_id: row.surveyId,
      visitor_id: row.visitorId,
      client_id: row.clientId,
      channel: row.channel,
      page_url: row.pageUrl,
      conversation_id: row.conversationId,
      lang: row.lang,
      answers: JSON.stringify(row.answers),
      created_at: row.createdAt,
    });
    return { kind: 'stored' as const, response: row };
  });

  return {
    async create(row) {
      insert.run({
        id: row.id,
        title: row.title,
        intro: row.intro,
        status: row.status,
        questions: JSON.stringify(row.questions),
        placement: JSON.stringify(row.placement),
        created_by: row.createdBy,
        created_at: row.createdAt,
        updated_at: row.updatedAt,
        version: 1,
      });
      return { ...row, version: 1 };
    },
    async get(id) {
      const raw = byId.get(id);
      return raw ? toSurveyRow(raw) : null;
    },
    async list() {
      return all.all().map(({ responses, ...raw }) => ({ survey: toSurveyRow(raw), responses }));
    },
    async listOpen() {
      return open.all().map(toSurveyRow);
    },
    async update(id, version, change, options) {
      const { changes } = (options?.unanswered ? updateUnanswered : update).run({
        id,
        version,
        title: change.title,
        intro: change.intro,
        status: change.status,
        questions: JSON.stringify(change.questions),
        placement: JSON.stringify(change.placement),
        updated_at: change.updatedAt,
      });
      if (changes === 0) return null;
      const raw = byId.get(id);
      return raw ? toSurveyRow(raw) : null;
    },
    async countResponses(surveyId) {
      return count.get(surveyId) ?? 0;
    },
    async addResponse(row, surveyVersion) {
      return add.immediate(row, surveyVersion);
    },
    async responseByClient(surveyId, clientId) {
      const raw = byClient.get(surveyId, clientId);
      return raw ? toSurveyResponseRow(raw) : null;
    },
    async hasAnswered(surveyId, visitorId) {
      return answered.get(surveyId, visitorId) !== undefined;
    },
    async responses(surveyId) {
      return responsesOf.all(surveyId).map(toSurveyResponseRow);
    },
    async responsesIn(range) {
      return responsesIn.all(range.from, range.to).map(toSurveyResponseRow);
    },
  };
}
