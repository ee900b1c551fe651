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
import { mailOutboxRepository } from './mail-outbox.ts';
import { messageRepository } from './messages.ts';
import { migratePostgres } from './migrate.ts';
import { noteRepository } from './notes.ts';
import { questionGapRepository } from './question-gaps.ts';
import { quickReplyRepository } from './quick-replies.ts';
import { reportRepository } from './reports.ts';
import { settingsRepository } from './settings.ts';
import { connect } from './sql.ts';
import { surveyRepository } from './surveys.ts';
import { ticketRepository } from './tickets.ts';
import { transcriptRepository } from './transcripts.ts';
import { visitorIdentityRepository } from './visitor-identity.ts';
import { visitorRepository } from './visitors.ts';
import { databaseFiles } from './attachment-files.ts';

/** Connects to `url` (postgres://…), migrates, and returns the same repositories SQLite gives. */
export async function openPostgresStore(url: string, clock: Clock): Promise<Store> {
  const db = connect(url);
  try {
    await migratePostgres(db, clock.now().toISOString());
  } catch (error) {
    await db.close();
    throw error;
  }
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
    files: databaseFiles(db),
    serially: (name, work) => db.exclusive(name, work),
    async ping() {
      await db.get('SELECT 1');
    },
    async close() {
      await db.close();
    },
  };
}
