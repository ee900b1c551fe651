import type {
  ConversationEventRow,
  ConversationRow,
  MessageRow,
  NoteRow,
  VisitorRow,
} from './chat.ts';
import type { LeftMessageRow } from './desk.ts';
import type { QuestionGapRow } from './faq.ts';

/** A finished conversation with every row it left, exactly as the services would have stored them. */
export interface StoredConversation {
  conversation: ConversationRow;
  messages: Omit<MessageRow, 'helpful'>[];
  events: ConversationEventRow[];
  feedback: { messageId: string; faqId: string; helpful: boolean; at: string }[];
  gaps: QuestionGapRow[];
  notes: NoteRow[];
}

export interface BulkBatch {
  visitors: VisitorRow[];
  conversations: StoredConversation[];
  leftMessages: LeftMessageRow[];
  /** Visitors seen again (already stored, or in this batch): last_seen_at moves forward only. */
  lastSeen: { visitorId: string; at: string }[];
}

/**
 * Loads recorded traffic (the demo and benchmark generator's) into a migrated database, past the
 * repositories: few and large transactions. Not for live chat: nothing checks or decides anything.
 */
export interface BulkLoader {
  /** How many conversations the database holds already. */
  countConversations(): Promise<number>;
  /**
   * Writes the batches, committing whenever `commitEvery` messages are written since the last
   * commit, and at the end. A failure rolls back the uncommitted part and throws.
   */
  load(batches: Iterable<BulkBatch>, commitEvery: number): Promise<void>;
  close(): Promise<void>;
}
