import { describe, expect, it, vi } from 'vitest';
import {
  MAIL_LEASE_MS,
  MAIL_RETRY_DELAYS_MS,
  MAIL_SWEEP_MS,
} from '../../server/services/tickets/reply-mail.ts';
import { startServer } from '../helpers/server.ts';
import { startMailSink } from '../helpers/smtp.ts';
import { mailEvents, reply } from '../helpers/ticket-mail.ts';
import { meisTicket, startTicketDesk } from '../helpers/tickets.ts';

/**
 * Ticket reply e-mails with two nodes on one database: cluster mode, so PostgreSQL only (the
 * sqlite project leaves cluster-*.test.ts out). The other mail tests: tickets-mail.test.ts.
 */
describe('a reply e-mail on a cluster of nodes', () => {
  it('is left to the node holding it, and taken over once that node stops renewing its lease', async () => {
    const down = await startMailSink();
    const port = Number(new URL(down.url).port);
    await down.close();
    const env = { KEFU_SMTP_URL: down.url, KEFU_MAIL_FROM: 'service@shop.example' };
    const first = await startTicketDesk({ env });
    const timersBefore = first.server.clock.pendingTimers;
    const { ticket } = await meisTicket(first, { customerContact: 'zhou@customer.example' });
    await reply(first, ticket.id, '新杯子已寄出');
    // The first try found no mail server: the first node holds the job while its retry waits.
    await vi.waitFor(() => expect(first.server.clock.pendingTimers).toBe(timersBefore + 1));

    const sink = await startMailSink(port);
    const second = await startServer({ dataDir: first.server.dataDir, env });
    try {
      // The first node's clock stands still from here: it never comes to renew its lease, as if
      // it had died. The second sweeps the outbox every minute and leaves the job alone until
      // the lease (the retry's due time and MAIL_LEASE_MS) has run out.
      const leaseEnds = (MAIL_RETRY_DELAYS_MS[0] ?? 0) + MAIL_LEASE_MS;
      let elapsed = 0;
      for (; elapsed + MAIL_SWEEP_MS < leaseEnds; elapsed += MAIL_SWEEP_MS) {
        second.clock.advance(MAIL_SWEEP_MS);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sink.tries).toBe(0);
      expect(await second.store.mailOutbox.pending()).toMatchObject([{ attempt: 2 }]);

      // Its next sweep takes the job over and tries at once; the server asks to wait.
      sink.refuse(451);
      second.clock.advance(leaseEnds - elapsed);
      await vi.waitFor(() => expect(sink.tries).toBe(1));
      await vi.waitFor(async () =>
        expect(await second.store.mailOutbox.pending()).toMatchObject([{ attempt: 3 }]),
      );

      // The first node comes back to its retry: the job is the second's now, it sends nothing.
      first.server.clock.advance(MAIL_RETRY_DELAYS_MS[0] ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(sink.tries).toBe(1);

      sink.refuse(null);
      second.clock.advance(MAIL_RETRY_DELAYS_MS[1] ?? 0);
      await vi.waitFor(async () => {
        const events = await mailEvents(first, ticket.id);
        expect(events.map((e) => [e.kind, e.details.attempts])).toEqual([['mailed', 3]]);
      });
      expect(sink.received.map((m) => m.rcpt)).toEqual([['zhou@customer.example']]);
      expect(sink.tries).toBe(2);
    } finally {
      await second.app.close();
      await second.store.close();
      await first.close();
      await sink.close();
    }
  });
});
