import type { Database } from 'better-sqlite3';
import type { MailOutboxRepository } from '../types.ts';
import { toMailJobRow, type MailJobRaw } from '../rows/mail-outbox.ts';

export function mailOutboxRepository(db: Database): MailOutboxRepository {
  const insert = db.prepare<[MailJobRaw]>(
    `INSERT INTO mail_outbox
       (id, ticket_id, ref, agent_id, message, reply_at, attempt, due_at, leased_until)
     VALUES (@id, @ticket_id, @ref, @agent_id, @message, @reply_at, @attempt, @due_at, @leased_until)`,
  );
  const all = db.prepare<[], MailJobRaw>('SELECT * FROM mail_outbox ORDER BY due_at, rowid');
  const free = db.prepare<[string], MailJobRaw>(
    `SELECT * FROM mail_outbox WHERE leased_until IS NULL OR leased_until <= ?
     ORDER BY due_at, rowid`,
  );
  // A compare-and-set: of the nodes asking at once, one changes the row and the others see 0.
  const claim = db.prepare<{ id: string; until: string; now: string; held: string | null }>(
    `UPDATE mail_outbox SET leased_until = @until
     WHERE id = @id AND (leased_until IS NULL OR leased_until <= @now OR leased_until = @held)`,
  );
  const update = db.prepare<[number, string, string, string]>(
    'UPDATE mail_outbox SET attempt = ?, due_at = ?, leased_until = ? WHERE id = ?',
  );
  const release = db.prepare<[string, string]>(
    'UPDATE mail_outbox SET leased_until = NULL WHERE id = ? AND leased_until = ?',
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
        leased_until: job.leasedUntil,
      });
    },
    async pending() {
      return all.all().map(toMailJobRow);
    },
    async claimable(now) {
      return free.all(now).map(toMailJobRow);
    },
    async claim(id, until, now, held) {
      return claim.run({ id, until, now, held }).changes === 1;
    },
    async reschedule(id, attempt, dueAt, leasedUntil) {
      update.run(attempt, dueAt, leasedUntil, id);
    },
    async release(id, held) {
      release.run(id, held);
    },
    async remove(id) {
      remove.run(id);
    },
  };
}
