import type { Database } from 'better-sqlite3';
import type { MailMessage } from '../../services/mail/mailer.ts';
import type { MailJobRow, MailOutboxRepository } from '../types.ts';

interface Raw {
  id: string;
  ticket_id: string;
  ref: string;
  agent_id: string;
  message: string;
  reply_at: string;
  attempt: number;
  due_at: string;
}

const toRow = (r: Raw): MailJobRow => ({
  id: r.id,
  ticketId: r.ticket_id,
  ref: r.ref,
  agentId: r.agent_id,
  message: JSON.parse(r.message) as MailMessage,
  replyAt: r.reply_at,
  attempt: r.attempt,
  dueAt: r.due_at,
});

export function mailOutboxRepository(db: Database): MailOutboxRepository {
  const insert = db.prepare<[Raw]>(
    `INSERT INTO mail_outbox (id, ticket_id, ref, agent_id, message, reply_at, attempt, due_at)
     VALUES (@id, @ticket_id, @ref, @agent_id, @message, @reply_at, @attempt, @due_at)`,
  );
  const all = db.prepare<[], Raw>('SELECT * FROM mail_outbox ORDER BY due_at, rowid');
  const update = db.prepare<[number, string, string]>(
    'UPDATE mail_outbox SET attempt = ?, due_at = ? WHERE id = ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM mail_outbox WHERE id = ?');
  return {
    async add(job) {
      insert.run({
        id: job.id,
        ticket_id: job.ticketId,
        ref: job.ref,
        agent_id: job.agentId,
        message: JSON.stringify(job.message),
        reply_at: job.replyAt,
        attempt: job.attempt,
        due_at: job.dueAt,
      });
    },
    async pending() {
      return all.all().map(toRow);
    },
    async reschedule(id, attempt, dueAt) {
      update.run(attempt, dueAt, id);
    },
    async remove(id) {
      remove.run(id);
    },
  };
}
