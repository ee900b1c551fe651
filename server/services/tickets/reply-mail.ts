import { z } from 'zod';
import type { Language, TicketEventKind } from '../../../protocol/index.ts';
import type { Logger } from '../../logger.ts';
import { newId } from '../../ids.ts';
import type { MailJobRow, TicketRow } from '../../store/types.ts';
import type { Timers } from '../../timers.ts';
import type { ServiceDeps } from '../deps.ts';
import type { DomainEventMap, DomainEvents } from '../events.ts';
import { MailError, type Mailer } from '../mail/mailer.ts';
import { announce } from './commit.ts';
import { replyMail } from './reply-mail-text.ts';

/**
 * The waits before the second, third and fourth try of a send the mail server did not take
 * (connection lost, 4xx): then it counts as failed. A refusal for good (5xx) is not retried.
 */
export const MAIL_RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 15 * 60_000];

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'events'>;

const emailSchema = z.email();

/** The customer's contact when it is one e-mail address and nothing else; else null. */
export function emailOf(contact: string | null): string | null {
  const trimmed = contact?.trim() ?? '';
  return emailSchema.safeParse(trimmed).success ? trimmed : null;
}

/** `w***@example.com`: enough to tell addresses apart in the timeline, not to copy one. */
export function maskAddress(email: string): string {
  return `${email.slice(0, 1)}***${email.slice(email.lastIndexOf('@'))}`;
}

/** The language the customer wrote in: their left message's, their chat's, else their own. */
async function customerLanguage(deps: Deps, ticket: TicketRow): Promise<Language | null> {
  const message = ticket.leftMessageId && (await deps.store.leftMessages.get(ticket.leftMessageId));
  if (message) return message.lang;
  const chat = ticket.conversationId && (await deps.store.conversations.get(ticket.conversationId));
  if (chat) return chat.lang;
  const visitor = ticket.visitorId && (await deps.store.visitors.get(ticket.visitorId));
  return visitor ? visitor.lang : null;
}

/**
 * E-mails each public reply to the customer when the ticket's contact is an e-mail address,
 * after the reply is stored and never in its way. The outcome goes into the ticket's timeline,
 * by Kefu: `mailed`, or `mail_failed` with the server's reason once the retries are used up;
 * then the agent who replied and the owner are told (`ticket.changed`, `mail_failed`).
 * Each e-mail waits in the store's outbox until its outcome is recorded, so a restart resumes
 * it, retries and all (a send cut short by the stop is tried again, at least once delivery).
 */
export class ReplyMail {
  private readonly waiting = new Set<() => void>();
  private readonly sending = new Set<Promise<void>>();
  private readonly aborter = new AbortController();
  private stopped = false;

  constructor(
    private readonly deps: Deps,
    private readonly mailer: Mailer,
    private readonly timers: Timers,
    private readonly logger: Logger,
  ) {}

  listen(events: DomainEvents): void {
    events.on('ticket.replied', (reply) => this.replied(reply));
  }

  /** Start-up: the e-mails a stop left on their way go on, each when its try is due. */
  async resume(): Promise<number> {
    const jobs = await this.deps.store.mailOutbox.pending();
    const now = this.deps.clock.now().getTime();
    for (const job of jobs) this.later(job, Math.max(0, Date.parse(job.dueAt) - now));
    if (jobs.length > 0) this.logger.info({ jobs: jobs.length }, 'tickets: reply e-mails resumed');
    return jobs.length;
  }

  /** Nothing starts after this; a send under way is cut short and tried again at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.waiting.size > 0) {
      this.logger.info(
        { retries: this.waiting.size },
        'tickets: reply e-mails wait for the next start',
      );
    }
    for (const cancel of this.waiting) cancel();
    this.waiting.clear();
    this.aborter.abort();
    await Promise.all(this.sending);
    this.mailer.close();
  }

  private replied(reply: DomainEventMap['ticket.replied']): void {
    const to = reply.public ? emailOf(reply.ticket.customerContact) : null;
    if (to === null) return;
    this.track(async () => {
      const lang = await customerLanguage(this.deps, reply.ticket);
      const { id: ticketId, ref } = reply.ticket;
      const job: MailJobRow = {
        id: newId(),
        ticketId,
        ref,
        agentId: reply.agentId,
        message: { to, ...replyMail(reply.ticket, reply.body, lang) },
        replyAt: reply.at,
        attempt: 1,
        dueAt: this.deps.clock.now().toISOString(),
      };
      await this.deps.store.mailOutbox.add(job);
      await this.send(job);
    });
  }

  private track(work: () => Promise<void>): void {
    if (this.stopped) return;
    const run: Promise<void> = work()
      .catch((err: unknown) => this.logger.error({ err }, 'tickets: e-mailing a reply failed'))
      .finally(() => this.sending.delete(run));
    this.sending.add(run);
  }

  /** The job's next try after `delay` ms, on the app's timers. */
  private later(job: MailJobRow, delay: number): void {
    const cancel = this.timers.set(() => {
      this.waiting.delete(cancel);
      this.track(() => this.send(job));
    }, delay);
    this.waiting.add(cancel);
  }

  private async send(job: MailJobRow): Promise<void> {
    const { attempt } = job;
    // A ticket deleted meanwhile (the customer's data erased) gets no more mail.
    if (!(await this.deps.store.tickets.get(job.ticketId))) {
      await this.deps.store.mailOutbox.remove(job.id);
      return;
    }
    try {
      await this.mailer.send(job.message, this.aborter.signal);
    } catch (err) {
      if (this.stopped) {
        this.logger.warn(
          { ticket: job.ref, attempt },
          'tickets: reply e-mail cut short by shutdown',
        );
        return;
      }
      const failure = err instanceof MailError ? err : new MailError(String(err), false);
      const delay = failure.permanent ? undefined : MAIL_RETRY_DELAYS_MS[attempt - 1];
      const log = { ticket: job.ref, attempt, reason: failure.message };
      if (delay === undefined) {
        this.logger.warn(log, 'tickets: reply not e-mailed to the customer');
        await this.failed(job, attempt, failure.message);
        await this.deps.store.mailOutbox.remove(job.id);
        return;
      }
      this.logger.info({ ...log, retryInMs: delay }, 'tickets: reply e-mail to retry');
      const dueAt = new Date(this.deps.clock.now().getTime() + delay).toISOString();
      await this.deps.store.mailOutbox.reschedule(job.id, attempt + 1, dueAt);
      this.later({ ...job, attempt: attempt + 1, dueAt }, delay);
      return;
    }
    this.logger.info({ ticket: job.ref, attempts: attempt }, 'tickets: reply e-mailed');
    await this.record(job, 'mailed', { attempts: attempt });
    await this.deps.store.mailOutbox.remove(job.id);
  }

  private async failed(job: MailJobRow, attempts: number, reason: string): Promise<void> {
    const after = await this.record(job, 'mail_failed', { attempts, reason });
    if (!after) return;
    const agentIds = [job.agentId, after.ownerId];
    await announce(this.deps, after, { reason: 'mail_failed', agentIds }, null);
  }

  private async record(
    job: MailJobRow,
    kind: Extract<TicketEventKind, 'mailed' | 'mail_failed'>,
    details: Record<string, unknown>,
  ): Promise<TicketRow | null> {
    return this.deps.store.tickets.apply(
      job.ticketId,
      {},
      {},
      {
        kind,
        actorAgentId: null,
        fromStatus: null,
        toStatus: null,
        details: { to: maskAddress(job.message.to), replyAt: job.replyAt, ...details },
        at: this.deps.clock.now().toISOString(),
      },
    );
  }
}
