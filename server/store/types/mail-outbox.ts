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
  /**
   * Until when the node working the job (sending it or waiting to retry it) holds it; null, or
   * past: free for any node. Nodes share the outbox, and only the holder may try a send.
   */
  leasedUntil: string | null;
}

export interface MailOutboxRepository {
  /** Stores the job as it is, lease and all. */
  add(job: MailJobRow): Promise<void>;
  /** Every job still on its way, the earliest due first. */
  pending(): Promise<MailJobRow[]>;
  /** The jobs no node holds at `now` (free, or their lease ran out), the earliest due first. */
  claimable(now: string): Promise<MailJobRow[]>;
  /**
   * Takes or renews the job until `until`, when it is free at `now` or still leased as `held`
   * (the lease this node took last; null when it holds none). False: another node has it now,
   * or it is gone.
   */
  claim(id: string, until: string, now: string, held: string | null): Promise<boolean>;
  /** The next try: its number, when it is due, and the lease that covers the wait. */
  reschedule(id: string, attempt: number, dueAt: string, leasedUntil: string): Promise<void>;
  /** Lets go of the job if this node still holds it as `held`, for another node to take. */
  release(id: string, held: string): Promise<void>;
  /** The outcome is in the timeline (or the ticket is gone): nothing more to send. */
  remove(id: string): Promise<void>;
}
