import type { MailMessage } from '../../services/mail/mailer.ts';

/** A reply's e-mail on its way: kept from before the first try until the outcome is recorded. */
export interface MailJobRow {
  id: string;
  ticketId: string;
  ref: string;
  /** Who wrote the reply: told, with the owner, when it could not be sent. */
  agentId: string;
  message: MailMessage;
  replyAt: string;
  /** The next try's number, 1 for the first. */
  attempt: number;
  /** When the next try is due. */
  dueAt: string;
}

export interface MailOutboxRepository {
  add(job: MailJobRow): Promise<void>;
  /** Every job still on its way, the earliest due first. */
  pending(): Promise<MailJobRow[]>;
  /** The next try: its number and when it is due. */
  reschedule(id: string, attempt: number, dueAt: string): Promise<void>;
  /** The outcome is in the timeline (or the ticket is gone): nothing more to send. */
  remove(id: string): Promise<void>;
}
