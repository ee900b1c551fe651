import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Clock } from '../../clock.ts';
import type { Store } from '../types.ts';
import { agentSessionRepository } from './agent-sessions.ts';
import { agentRepository } from './agents.ts';
import { auditRepository } from './audit-log.ts';
import { conversationRepository } from './conversations.ts';
import { dataCareRepository } from './data-care.ts';
import { departmentRepository } from './departments.ts';
import { faqEntryRepository } from './faq-entries.ts';
import { feedbackRepository } from './feedback.ts';
import { leftMessageRepository } from './left-messages.ts';
import { loginThrottleRepository } from './login-throttle.ts';
import { messageRepository } from './messages.ts';
import { migrate } from './migrate.ts';
import { noteRepository } from './notes.ts';
import { questionGapRepository } from './question-gaps.ts';
import { quickReplyRepository } from './quick-replies.ts';
import { reportRepository } from './reports.ts';
import { settingsRepository } from './settings.ts';
import { mailOutboxRepository } from './mail-outbox.ts';
import { surveyRepository } from './surveys.ts';
import { ticketRepository } from './tickets.ts';
import { visitorIdentityRepository } from './visitor-identity.ts';
import { transcriptRepository } from './transcripts.ts';
import { visitorRepository } from './visitors.ts';

export const DATABASE_FILE = 'kefu.sqlite';

/** Opens (creating if needed) `<dataDir>/kefu.sqlite`, or an in-memory database for `':memory:'`. */
export function openSqliteStore(dataDir: string, clock: Clock): Store {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, DATABASE_FILE);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a message is on disk before it is acked, even if the machine loses power.
  db.pragma('synchronous = FULL');
  // Checkpoint the WAL every ~16 MB instead of every 4 MB: under a stream of chat messages the
  // default checkpoints after nearly every batch, rewriting the same pages again and again.
  db.pragma('wal_autocheckpoint = 4000');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, clock.now().toISOString());

  const ping = db.prepare<[], number>('SELECT 1').pluck();
  // One process owns an SQLite database: a queue per name in memory is enough.
  const serial = new Map<string, Promise<unknown>>();
  return {
    visitors: visitorRepository(db),
    visitorIdentity: visitorIdentityRepository(db),
    conversations: conversationRepository(db),
    messages: messageRepository(db),
    feedback: feedbackRepository(db),
    faqEntries: faqEntryRepository(db),
    departments: departmentRepository(db),
    agents: agentRepository(db),
    agentSessions: agentSessionRepository(db),
    loginThrottle: loginThrottleRepository(db),
    notes: noteRepository(db),
    leftMessages: leftMessageRepository(db),
    quickReplies: quickReplyRepository(db),
    settings: settingsRepository(db),
    questionGaps: questionGapRepository(db),
    reports: reportRepository(db),
    transcripts: transcriptRepository(db),
    dataCare: dataCareRepository(db),
    audit: auditRepository(db),
    tickets: ticketRepository(db),
    surveys: surveyRepository(db),
    mailOutbox: mailOutboxRepository(db),
    serially(name, work) {
      const run = (serial.get(name) ?? Promise.resolve()).then(work);
      const tail = run.catch(() => undefined);
      serial.set(name, tail);
      void tail.then(() => serial.get(name) === tail && serial.delete(name));
      return run;
    },
    async ping() {
      ping.get();
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
