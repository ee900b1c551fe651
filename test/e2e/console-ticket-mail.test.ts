import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMailSink, type MailSink } from '../helpers/smtp.ts';
import { meisTicket, ok, PEOPLE, startTicketDesk, type TicketDesk } from '../helpers/tickets.ts';
import { launchChromium } from './browser.ts';

let sink: MailSink;
let desk: TicketDesk;
let browser: Browser;
beforeAll(async () => {
  sink = await startMailSink();
  desk = await startTicketDesk({
    env: { KEFU_SMTP_URL: sink.url, KEFU_MAIL_FROM: 'Kefu <service@shop.example>' },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await desk.close();
  await sink.close();
});

describe('replies to the customer by e-mail, in the console', () => {
  it('tells the agent at once when one could not be e-mailed, and shows the one that was', async () => {
    const { ticket } = await meisTicket(desk, { customerContact: 'wang@customer.example' });
    const context = await browser.newContext({ locale: 'en' });
    const page = await context.newPage();
    await page.goto(`${desk.server.url}/console`);
    await page.getByLabel('E-mail', { exact: true }).fill(PEOPLE.mei.email);
    await page.getByLabel('Password', { exact: true }).fill(PEOPLE.mei.password);
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`${desk.server.url}/console#tickets/t/${ticket.id}`);
    const view = page.getByRole('region', { name: `${ticket.ref} ${ticket.title}` });
    const history = view.getByRole('region', { name: 'History' }).getByRole('listitem');
    const comment = view.getByRole('form', { name: 'Notes and replies' });
    const replyToCustomer = async (text: string) => {
      await comment.getByRole('radio', { name: 'Reply to the customer' }).check();
      await comment.getByLabel('Text', { exact: true }).fill(text);
      await comment.getByRole('button', { name: 'Add' }).click();
    };

    // The mail server refuses the address: the reply stays, and Mei hears of it without a reload.
    sink.refuse(550);
    await replyToCustomer('A new cup is on its way.');
    await page
      .getByRole('status')
      .filter({ hasText: `Ticket ${ticket.ref}: the reply could not be e-mailed to the customer` })
      .waitFor();
    await expect.poll(() => history.last().textContent()).toContain('Reply could not be e-mailed');
    const failed = (await history.last().textContent()) ?? '';
    expect(failed).toContain('(w***@customer.example)');
    expect(failed).toContain('Kefu');
    expect(failed).toContain('Reason: 550 No such mailbox here');
    expect(await history.allTextContents()).toEqual([
      expect.stringContaining('Created'),
      expect.stringContaining('A new cup is on its way.'),
      expect.stringContaining('Reply could not be e-mailed'),
    ]);

    // Taken this time: the history shows it once the ticket is read again.
    sink.refuse(null);
    await replyToCustomer('Tracking number: SF123');
    await vi.waitFor(async () => {
      const { timeline } = await ok(desk, 'mei', 'GET', `/api/tickets/${ticket.id}`);
      expect(timeline.at(-1)?.kind).toBe('mailed');
    });
    expect(sink.received).toHaveLength(1);
    await page.reload();
    await expect
      .poll(() => history.last().textContent())
      .toContain('Reply e-mailed to the customer (w***@customer.example)');
    await context.close();
  });
});
