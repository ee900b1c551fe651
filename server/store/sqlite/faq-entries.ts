import type { Database } from 'better-sqlite3';
import type { Language } from '../../../protocol/index.ts';
import type { FaqEntryRepository, FaqEntryRow, FaqStatus } from '../types.ts';

interface Raw {
  id: string;
  lang: Language | null;
  question: string;
  similar: string;
  keywords: string;
  answer: string;
  category: string | null;
  department: string | null;
  status: FaqStatus;
  created_at: string;
  updated_at: string;
}

const toRow = (r: Raw): FaqEntryRow => ({
  id: r.id,
  lang: r.lang,
  question: r.question,
  similar: JSON.parse(r.similar) as string[],
  keywords: JSON.parse(r.keywords) as string[],
  answer: r.answer,
  category: r.category,
  department: r.department,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRaw = (e: FaqEntryRow): Raw => ({
  id: e.id,
  lang: e.lang,
  question: e.question,
  similar: JSON.stringify(e.similar),
  keywords: JSON.stringify(e.keywords),
  answer: e.answer,
  category: e.category,
  department: e.department,
  status: e.status,
  created_at: e.createdAt,
  updated_at: e.updatedAt,
});

export function faqEntryRepository(db: Database): FaqEntryRepository {
  const count = db.prepare<[], number>('SELECT COUNT(*) FROM faq_entries').pluck();
  const published = db.prepare<[], Raw>(
    "SELECT * FROM faq_entries WHERE status = 'published' ORDER BY id",
  );
  const insert = db.prepare<[Raw]>(
    `INSERT INTO faq_entries (id, lang, question, similar, keywords, answer, category, department,
       status, created_at, updated_at)
     VALUES (@id, @lang, @question, @similar, @keywords, @answer, @category, @department,
       @status, @created_at, @updated_at)`,
  );
  const insertMany = db.transaction((rows: FaqEntryRow[]) => {
    for (const row of rows) insert.run(toRaw(row));
  });

  return {
    async count() {
      return count.get() ?? 0;
    },
    async insertMany(rows) {
      insertMany(rows);
    },
    async listPublished() {
      return published.all().map(toRow);
    },
  };
}
