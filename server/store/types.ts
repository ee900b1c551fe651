import type { AttachmentFiles } from './types/attachment-files.ts';
import type {
  ConversationRepository,
  FeedbackRepository,
  MessageRepository,
  NoteRepository,
  VisitorRepository,
} from './types/chat.ts';
import type { AuditRepository, DataCareRepository } from './types/data-care.ts';
import type { FaqEntryRepository, QuestionGapRepository } from './types/faq.ts';
import type {
  AgentRepository,
  AgentSessionRepository,
  DepartmentRepository,
} from './types/agents.ts';
import type {
  LeftMessageRepository,
  QuickReplyRepository,
  SettingsRepository,
} from './types/desk.ts';
import type { VisitorIdentityRepository } from './types/identity.ts';
import type { LoginThrottleRepository } from './types/login-throttle.ts';
import type { ReportRepository } from './types/reports.ts';
import type { MailOutboxRepository } from './types/mail-outbox.ts';
import type { SurveyRepository } from './types/surveys.ts';
import type { TicketRepository } from './types/tickets.ts';
import type { TranscriptRepository } from './types/transcripts.ts';

export type * from './types/agents.ts';
export type * from './types/chat.ts';
export type * from './types/data-care.ts';
export type * from './types/desk.ts';
export type * from './types/faq.ts';
export type * from './types/identity.ts';
export type * from './types/login-throttle.ts';
export type * from './types/reports.ts';
export type * from './types/surveys.ts';
export type * from './types/mail-outbox.ts';
export type * from './types/tickets.ts';
export type * from './types/transcripts.ts';

/**
 * Persistence behind interfaces. Every method is async so a networked database
 * (PostgreSQL in cluster mode) can sit behind the same contract as embedded SQLite.
 * Stores hold no business rules: they read and write exactly what they are told.
 */
export interface Store {
  visitors: VisitorRepository;
  /** Identify claims, verified customers and the browsers merged into them. */
  visitorIdentity: VisitorIdentityRepository;
  conversations: ConversationRepository;
  messages: MessageRepository;
  feedback: FeedbackRepository;
  faqEntries: FaqEntryRepository;
  departments: DepartmentRepository;
  agents: AgentRepository;
  agentSessions: AgentSessionRepository;
  /** Failed sign-ins, for the lockout. */
  loginThrottle: LoginThrottleRepository;
  notes: NoteRepository;
  leftMessages: LeftMessageRepository;
  quickReplies: QuickReplyRepository;
  settings: SettingsRepository;
  questionGaps: QuestionGapRepository;
  /** Read-only facts for the monthly analysis. */
  reports: ReportRepository;
  transcripts: TranscriptRepository;
  /** Retention and erasure: deleting conversations and visitors with all that hangs off them. */
  dataCare: DataCareRepository;
  audit: AuditRepository;
  /** Work orders (工单), their timelines and the departments' contacts. */
  tickets: TicketRepository;
  /** Online surveys (专项调查) and their responses. */
  surveys: SurveyRepository;
  /** The e-mails of public ticket replies on their way. */
  mailOutbox: MailOutboxRepository;
  /** Attachment bytes, where the database keeps them (PostgreSQL); else files in DATA_DIR. */
  files?: AttachmentFiles;
  /**
   * Runs `work` when no other work of the same name runs, on this node or any other sharing the
   * database: for changes that check a rule across rows before writing.
   */
  serially<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Throws when the database cannot answer a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
