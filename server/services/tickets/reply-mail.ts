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

/**
 * How long a node holds a job for one try, and past a retry's due time while it waits: well past
 * the mailer's own limits (30 s to connect or be greeted, 60 s of silence), so no other node
 * takes a job whose send may still go through.
 */
export const MAIL_LEASE_MS = 10 * 60_000;

/** How often a node looks for jobs no live node holds: a stopped or dead node's. */
export const MAIL_SWEEP_MS = 60_000;

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
 * Nodes share the outbox: a node works a job only under its lease (`MAIL_LEASE_MS`), renewed
 * before each try, and takes over, at start and every `MAIL_SWEEP_MS`, the jobs whose node let
 * go of them at its stop or died and let the lease run out.
 */
export class ReplyMail {
  private readonly waiting = new Set<() => void>();
  private readonly sending = new Set<Promise<void>>();
  /** The jobs this node works, each with the lease it took last. */
  private readonly held = new Map<string, string>();
  private readonly aborter = new AbortController();
  private cancelSweep: (() => void) | null = null;
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

  /** Start-up: the e-mails no node holds go on, each when its try is due; then a sweep a minute. */
  async resume(): Promise<number> {
    const taken = await this.sweep();
    if (taken > 0) this.logger.info({ jobs: taken }, 'tickets: reply e-mails resumed');
    this.sweepLater();
    return taken;
  }

  /**
   * Nothing starts after this; a send under way is cut short. The jobs this node held are let
   * go at once, so another node's next sweep (or the next start) tries them without waiting for
   * the leases to run out.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelSweep?.();
    if (this.waiting.size > 0) {
      this.logger.info(
        { retries: this.waiting.size },
        'tickets: reply e-mails left to another node or the next start',
      );
    }
    for (const cancel of this.waiting) cancel();
    this.waiting.clear();
    this.aborter.abort();
    await Promise.all(this.sending);
    const outbox = this.deps.store.mailOutbox;
    await Promise.all([...this.held].map(([id, lease]) => outbox.release(id, lease))).catch(
      (err: unknown) => this.logger.warn({ err }, 'tickets: reply e-mails wait for their leases'),
    );
    this.held.clear();
    this.mailer.close();
  }

  private replied(reply: DomainEventMap['ticket.replied']): void {
    const to = reply.public ? emailOf(reply.ticket.customerContact) : null;
    if (to === null) return;
    this.track(async () => {
      const lang = await customerLanguage(this.deps, reply.ticket);
      const { id: ticketId, ref } = reply.ticket;
      const now = this.deps.clock.now().getTime();
      const lease = leaseFrom(now);
      // Stored leased: no other node's sweep takes it while this one sends it.
      const job: MailJobRow = {
        id: newId(),
        ticketId,
        ref,
        agentId: reply.agentId,
        message: { to, ...replyMail(reply.ticket, reply.body, lang) },
        replyAt: reply.at,
        attempt: 1,
        dueAt: new Date(now).toISOString(),
        leasedUntil: lease,
      };
      await this.deps.store.mailOutbox.add(job);
      this.held.set(job.id, lease);
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

  /** Takes every job no node holds; returns how many. */
  private async sweep(): Promise<number> {
    const now = this.deps.clock.now().getTime();
    const at = new Date(now).toISOString();
    const outbox = this.deps.store.mailOutbox;
    let taken = 0;
    for (const job of await outbox.claimable(at)) {
      if (this.stopped) break;
      if (this.held.has(job.id)) continue;
      const due = Date.parse(job.dueAt);
      const until = leaseFrom(Math.max(due, now));
      // Another node's sweep may have taken it since the read.
      if (!(await outbox.claim(job.id, until, at, null))) continue;
      this.held.set(job.id, until);
      taken += 1;
      if (due > now) this.later(job, due - now);
      else this.track(() => this.send(job));
    }
    return taken;
  }

  /** The next sweep, on the app's timers; armed again at once, so a node has one at all times. */
  private sweepLater(): void {
    if (this.stopped) return;
    this.cancelSweep = this.timers.set(() => {
      this.sweepLater();
      this.track(async () => {
        const taken = await this.sweep();
        if (taken > 0) this.logger.info({ jobs: taken }, 'tickets: reply e-mails taken over');
      });
    }, MAIL_SWEEP_MS);
  }

  /** The job's next try after `delay` ms, on the app's timers. */
  private later(job: MailJobRow, delay: number): void {
    if (this.stopped) return;
    const cancel = this.timers.set(() => {
      this.waiting.delete(cancel);
      this.track(() => this.retry(job));
    }, delay);
    this.waiting.add(cancel);
  }

  /** A try after a wait: only under a renewed lease, else another node works the job now. */
  private async retry(job: MailJobRow): Promise<void> {
    const now = this.deps.clock.now().getTime();
    const until = leaseFrom(now);
    const held = this.held.get(job.id) ?? null;
    const at = new Date(now).toISOString();
    if (!(await this.deps.store.mailOutbox.claim(job.id, until, at, held))) {
      this.held.delete(job.id);
      this.logger.info({ ticket: job.ref }, 'tickets: reply e-mail left to another node');
      return;
    }
    this.held.set(job.id, until);
    await this.send(job);
  }

  /** One try; the caller holds the job's lease. */
  private async send(job: MailJobRow): Promise<void> {
    const { attempt } = job;
    // A ticket deleted meanwhile (the customer's data erased) gets no more mail.
    if (!(await this.deps.store.tickets.get(job.ticketId))) {
      await this.done(job);
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
        await this.done(job);
        return;
      }
      this.logger.info({ ...log, retryInMs: delay }, 'tickets: reply e-mail to retry');
      const due = this.deps.clock.now().getTime() + delay;
      const dueAt = new Date(due).toISOString();
      const leasedUntil = leaseFrom(due);
      await this.deps.store.mailOutbox.reschedule(job.id, attempt + 1, dueAt, leasedUntil);
      this.held.set(job.id, leasedUntil);
      this.later({ ...job, attempt: attempt + 1, dueAt, leasedUntil }, delay);
      return;
    }
    this.logger.info({ ticket: job.ref, attempts: attempt }, 'tickets: reply e-mailed');
    await this.record(job, 'mailed', { attempts: attempt });
    await this.done(job);
  }

  /** Nothing more to send for the job. */
  private async done(job: MailJobRow): Promise<void> {
    await this.deps.store.mailOutbox.remove(job.id);
    this.held.delete(job.id);
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

/** The end of a lease taken at (or for a try due at) `from`, epoch ms. */
function leaseFrom(from: number): string {
  return new Date(from + MAIL_LEASE_MS).toISOString();
}
