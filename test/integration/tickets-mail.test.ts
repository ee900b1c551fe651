import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TicketDetail, TicketNotice } from '../../protocol/index.ts';
import { MAIL_RETRY_DELAYS_MS } from '../../server/services/tickets/reply-mail.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { startServer } from '../helpers/server.ts';
import { startMailSink, type MailSink } from '../helpers/smtp.ts';
import { mailEvents, reply } from '../helpers/ticket-mail.ts';
import {
  leftMessage,
  meisTicket,
  ok,
  PEOPLE,
  startTicketDesk,
  type TicketDesk,
} from '../helpers/tickets.ts';

describe('public replies by e-mail, against a real SMTP server', () => {
  let sink: MailSink;
  let desk: TicketDesk;
  beforeAll(async () => {
    sink = await startMailSink();
    desk = await startTicketDesk({
      env: { KEFU_SMTP_URL: sink.url, KEFU_MAIL_FROM: 'Kefu 客服 <service@shop.example>' },
    });
  });
  afterAll(async () => {
    await desk.close();
    await sink.close();
  });

  it('mails a public reply to the address the customer left, in their language', async () => {
    const messageId = await leftMessage(desk.server, 'My cup arrived broken', {
      lang: 'en',
      name: 'Ann Lee',
      contact: ' ann.lee@customer.example ',
    });
    const { ticket } = await ok<TicketDetail>(
      desk,
      'mei',
      'POST',
      '/api/tickets/from-left-message',
      {
        leftMessageId: messageId,
        type: 'complaint',
      },
    );
    const { at } = await reply(desk, ticket.id, 'A new cup is on its way.\nTracking: <b>SF123</b>');

    await vi.waitFor(() => expect(sink.received).toHaveLength(1));
    const [{ rcpt, mail }] = sink.received as [MailSink['received'][number]];
    expect(rcpt).toEqual(['ann.lee@customer.example']);
    expect(mail.from?.value).toEqual([{ name: 'Kefu 客服', address: 'service@shop.example' }]);
    expect(mail.subject).toBe(`New reply to your request ${ticket.ref}`);
    expect(mail.text).toContain('Hello Ann Lee,');
    expect(mail.text).toContain('A new cup is on its way.\nTracking: <b>SF123</b>');
    expect(mail.text).toContain(`write to us in the chat on our website and mention ${ticket.ref}`);
    expect(mail.text).not.toContain('您好');
    // The HTML part shows the reply as text, never as markup.
    expect(mail.html).toContain('A new cup is on its way.<br>Tracking: &lt;b&gt;SF123&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>SF123');

    await vi.waitFor(async () => {
      expect(await mailEvents(desk, ticket.id)).toEqual([
        expect.objectContaining({
          kind: 'mailed',
          actor: null,
          details: { to: 'a***@customer.example', replyAt: at, attempts: 1 },
        }),
      ]);
    });
  });

  it('writes Chinese with English below when the customer’s language is unknown', async () => {
    const { ticket } = await meisTicket(desk, { customerContact: 'wang@customer.example' });
    await reply(desk, ticket.id, '新杯子今天寄出。');

    await vi.waitFor(() => expect(sink.received).toHaveLength(2));
    const { rcpt, mail } = sink.received[1] ?? expect.fail('no second mail');
    expect(rcpt).toEqual(['wang@customer.example']);
    expect(mail.subject).toBe(
      `您的工单 ${ticket.ref} 有新回复 / New reply to your request ${ticket.ref}`,
    );
    const text = mail.text ?? '';
    expect(text.indexOf('王女士，您好：')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('新杯子今天寄出。')).toBeGreaterThan(text.indexOf('王女士，您好：'));
    expect(text.indexOf('Hello 王女士,')).toBeGreaterThan(text.indexOf('新杯子今天寄出。'));
    // The reply is shown once, not once per language.
    expect(text.split('新杯子今天寄出。')).toHaveLength(2);
  });

  it('sends nothing for a reply to colleagues or to a customer who left a phone number', async () => {
    const byPhone = (await meisTicket(desk)).ticket;
    const byMail = (await meisTicket(desk, { customerContact: 'zhao@customer.example' })).ticket;
    const before = sink.tries;
    await reply(desk, byPhone.id, '已电话联系客户');
    await reply(desk, byMail.id, '仓库说明天补发', false);
    // Then one that does go out: once it has arrived, the two before it had their turn.
    await reply(desk, byMail.id, '明天补发新杯子');

    await vi.waitFor(async () => expect(await mailEvents(desk, byMail.id)).toHaveLength(1));
    expect(sink.tries).toBe(before + 1);
    expect(sink.received.at(-1)?.mail.text).toContain('明天补发新杯子');
    expect(sink.received.at(-1)?.mail.text).not.toContain('仓库说明天补发');
    expect(await mailEvents(desk, byPhone.id)).toEqual([]);
  });

  it('keeps the reply when the server refuses for now, retries with backoff, then records the failure', async () => {
    const { ticket } = await meisTicket(desk, { customerContact: 'qian@customer.example' });
    sink.refuse(451);
    const before = sink.tries;
    const clock = desk.server.clock;
    const timersBefore = clock.pendingTimers;
    const { detail, at } = await reply(desk, ticket.id, '我们正在处理');
    expect(detail.timeline.map((e) => e.kind)).toEqual(['created', 'reply']);

    await vi.waitFor(() => expect(sink.tries).toBe(before + 1));
    for (const [i, delay] of MAIL_RETRY_DELAYS_MS.entries()) {
      // The retry waits on the app's timers: a second short of its delay nothing happens,
      // at the delay the server is asked again.
      await vi.waitFor(() => expect(clock.pendingTimers).toBe(timersBefore + 1));
      clock.advance(delay - 1_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(sink.tries).toBe(before + 1 + i);
      expect(await mailEvents(desk, ticket.id)).toEqual([]);
      clock.advance(1_000);
      await vi.waitFor(() => expect(sink.tries).toBe(before + 2 + i));
    }

    await vi.waitFor(async () => {
      const [failed, ...more] = await mailEvents(desk, ticket.id);
      expect(more).toEqual([]);
      expect(failed).toMatchObject({
        kind: 'mail_failed',
        actor: null,
        details: { to: 'q***@customer.example', replyAt: at, attempts: 4 },
      });
      expect(failed?.details.reason).toMatch(/^451\b.*try again later/);
    });
    // Given up: an hour later nobody has tried again.
    desk.server.clock.advance(3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.tries).toBe(before + 4);
    sink.refuse(null);
  });

  it('does not retry a refusal for good, such as an unknown address, and tells the agent', async () => {
    const { email, password } = PEOPLE.mei;
    const tab = await ConsoleTab.open(
      desk.server.url,
      await signIn(desk.server.url, { email, password }),
    );
    const notices: TicketNotice[] = [];
    tab.socket.on('ticket.changed', (n) => notices.push(n));
    const { ticket } = await meisTicket(desk, { customerContact: 'nobody@customer.example' });
    sink.refuse(550);
    const before = sink.tries;
    await reply(desk, ticket.id, '请查收');
    await vi.waitFor(async () => {
      const events = await mailEvents(desk, ticket.id);
      expect(events.map((e) => [e.kind, e.details.attempts])).toEqual([['mail_failed', 1]]);
      expect(events[0]?.details.reason).toMatch(/^550\b.*No such mailbox/);
    });
    await vi.waitFor(() => {
      expect(notices.map((n) => `${n.reason} ${n.ticket.ref}`)).toEqual([
        `mail_failed ${ticket.ref}`,
      ]);
    });
    tab.close();
    desk.server.clock.advance(3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.tries).toBe(before + 1);
    sink.refuse(null);
  });
});

describe('a mail server that is down', () => {
  it('gets the reply once it is back, at the next try', async () => {
    const down = await startMailSink();
    const port = Number(new URL(down.url).port);
    await down.close();
    const desk = await startTicketDesk({
      env: { KEFU_SMTP_URL: down.url, KEFU_MAIL_FROM: 'service@shop.example' },
    });
    let sink: MailSink | null = null;
    try {
      const clock = desk.server.clock;
      const timersBefore = clock.pendingTimers;
      const { ticket } = await meisTicket(desk, { customerContact: 'sun@customer.example' });
      await reply(desk, ticket.id, '已为您补发');
      // The connection is refused: the try is over once its retry waits on the clock.
      await vi.waitFor(() => expect(clock.pendingTimers).toBe(timersBefore + 1));
      expect(await mailEvents(desk, ticket.id)).toEqual([]);

      sink = await startMailSink(port);
      clock.advance(MAIL_RETRY_DELAYS_MS[0] ?? 0);
      await vi.waitFor(() => expect(sink?.received).toHaveLength(1));
      expect(sink.received[0]?.rcpt).toEqual(['sun@customer.example']);
      await vi.waitFor(async () => {
        const events = await mailEvents(desk, ticket.id);
        expect(events.map((e) => [e.kind, e.details.attempts])).toEqual([['mailed', 2]]);
      });
    } finally {
      await desk.close();
      await sink?.close();
    }
  });
});

describe('a reply e-mail a stop left on its way', () => {
  it('is resumed at the next start, retry and all, and sent once', async () => {
    const down = await startMailSink();
    const port = Number(new URL(down.url).port);
    await down.close();
    const env = { KEFU_SMTP_URL: down.url, KEFU_MAIL_FROM: 'service@shop.example' };
    const first = await startTicketDesk({ env });
    const { clock, dataDir } = first.server;
    const timersBefore = clock.pendingTimers;
    const { ticket } = await meisTicket(first, { customerContact: 'zhao@customer.example' });
    await reply(first, ticket.id, '退款已原路退回');
    // The first try found no mail server: the retry waits, then the server stops.
    await vi.waitFor(() => expect(clock.pendingTimers).toBe(timersBefore + 1));
    await first.server.app.close();
    await first.server.store.close();

    const sink = await startMailSink(port);
    try {
      for (let start = 0; start < 2; start += 1) {
        const server = await startServer({ dataDir, env });
        // Each start's fake clock begins where the first did: the retry is due a minute on.
        server.clock.advance(MAIL_RETRY_DELAYS_MS[0] ?? 0);
        await vi.waitFor(async () => {
          const events = await server.store.tickets.events(ticket.id);
          const mailed = events.filter((e) => e.kind === 'mailed');
          expect(mailed.map((e) => e.details.attempts)).toEqual([2]);
        });
        await server.app.close();
        await server.store.close();
      }
      expect(sink.received.map((m) => m.rcpt)).toEqual([['zhao@customer.example']]);
    } finally {
      await sink.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('erasing the customer', () => {
  it('drops the e-mails still on their way to them, address and all', async () => {
    const down = await startMailSink();
    await down.close();
    const desk = await startTicketDesk({
      env: { KEFU_SMTP_URL: down.url, KEFU_MAIL_FROM: 'service@shop.example' },
    });
    try {
      const messageId = await leftMessage(desk.server, '发票一直没收到', {
        contact: 'qian@customer.example',
      });
      const { ticket } = await ok(desk, 'mei', 'POST', '/api/tickets/from-left-message', {
        leftMessageId: messageId,
        type: 'request',
      });
      await reply(desk, ticket.id, '发票已重新开具');
      await vi.waitFor(async () =>
        expect(await desk.server.store.mailOutbox.pending()).toHaveLength(1),
      );
      const visitorId = (await desk.server.store.leftMessages.get(messageId))?.visitorId;
      const erased = await desk.call('admin', 'DELETE', `/api/admin/visitors/${visitorId}`);
      expect(erased.status).toBe(200);
      expect(await desk.server.store.mailOutbox.pending()).toEqual([]);
    } finally {
      await desk.close();
    }
  });
});

describe('without SMTP', () => {
  it('leaves the timeline as it was: no mail event', async () => {
    const desk = await startTicketDesk();
    try {
      const { ticket } = await meisTicket(desk, { customerContact: 'wang@customer.example' });
      await reply(desk, ticket.id, '新杯子今天寄出。');
      desk.server.clock.advance(3_600_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { timeline } = await ok(desk, 'mei', 'GET', `/api/tickets/${ticket.id}`);
      expect(timeline.map((e) => e.kind)).toEqual(['created', 'reply']);
    } finally {
      await desk.close();
    }
  });
});
