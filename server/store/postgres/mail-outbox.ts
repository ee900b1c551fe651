import type { MailOutboxRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { toMailJobRow, type MailJobRaw } from '../rows/mail-outbox.ts';

const COLUMNS = 'id, ticket_id, ref, agent_id, message, reply_at, attempt, due_at, leased_until';

export function mailOutboxRepository(db: Sql): MailOutboxRepository {
  return {
    async add(job) {
      await db.run(
        `INSERT INTO mail_outbox (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          job.id,
          job.ticketId,
          job.ref,
          job.agentId,
          JSON.stringify(job.message),
          job.replyAt,
          job.attempt,
          job.dueAt,
          job.leasedUntil,
        ],
      );
    },
    async pending() {
      const rows = await db.all<MailJobRaw>(
        `SELECT ${COLUMNS} FROM mail_outbox ORDER BY due_at COLLATE "C", rowid`,
      );
      return rows.map(toMailJobRow);
    },
    async claimable(now) {
      const rows = await db.all<MailJobRaw>(
        `SELECT ${COLUMNS} FROM mail_outbox
         WHERE leased_until IS NULL OR leased_until COLLATE "C" <= $1
         ORDER BY due_at COLLATE "C", rowid`,
        [now],
      );
      return rows.map(toMailJobRow);
    },
    async claim(id, until, now, held) {
      // One statement, a compare-and-set: of the nodes asking at once, one changes the row.
      const changed = await db.run(
        `UPDATE mail_outbox SET leased_until = $2
         WHERE id = $1
           AND (leased_until IS NULL OR leased_until COLLATE "C" <= $3 OR leased_until = $4)`,
        [id, until, now, held],
      );
      return changed === 1;
    },
    async reschedule(id, attempt, dueAt, leasedUntil) {
      await db.run(
        'UPDATE mail_outbox SET attempt = $1, due_at = $2, leased_until = $3 WHERE id = $4',
        [attempt, dueAt, leasedUntil, id],
      );
    },
    async release(id, held) {
      await db.run(
        'UPDATE mail_outbox SET leased_until = NULL WHERE id = $1 AND leased_until = $2',
        [id, held],
      );
    },
    async remove(id) {
      await db.run('DELETE FROM mail_outbox WHERE id = $1', [id]);
    },
  };
}
