/** A mail_outbox row as both engines hold it (the message as JSON text), and its mapper. */
import type { MailMessage } from '../../services/mail/mailer.ts';
import type { MailJobRow } from '../types.ts';

export interface MailJobRaw {
  id: string;
  ticket_id: string;
  ref: string;
  agent_id: string;
  message: string;
  reply_at: string;
  attempt: number;
  due_at: string;
  leased_until: string | null;
}

export const toMailJobRow = (r: MailJobRaw): MailJobRow => ({
  id: r.id,
  ticketId: r.ticket_id,
  ref: r.ref,
  agentId: r.agent_id,
  message: JSON.parse(r.message) as MailMessage,
  replyAt: r.reply_at,
  attempt: r.attempt,
  dueAt: r.due_at,
  leasedUntil: r.leased_until,
});
