import type { Author, Language, MessageKind } from '../../protocol/index.ts';
import type {
  ConversationEventRow,
  ConversationRow,
  MessagePayload,
  VisitorRow,
} from '../../server/store/types.ts';
import { isoAt as iso } from './timestamps.ts';
import type { Random } from './random.ts';
import type { PlannedConversation, PlannedMessage } from './types.ts';

/**
 * Writes one conversation's rows the way the services do: consecutive seqs, a client id on
 * what a client sent, replies pointing at the message they answer, the conversation's columns
 * set with the event that changes them, all on one advancing clock (whole seconds).
 */
export class ConversationBuilder {
  readonly planned: PlannedConversation;
  /** Now, in ms, and as stored (kept together: formatting is most of the plan's work). */
  private ms: number;
  private stamp: string;

  constructor(
    private readonly random: Random,
    visitor: VisitorRow,
    lang: Language,
    start: number,
  ) {
    this.ms = start;
    this.stamp = iso(start);
    const conversation: ConversationRow = {
      id: random.id(),
      visitorId: visitor.id,
      status: 'bot',
      lang,
      lastSeq: 0,
      createdAt: iso(start),
      updatedAt: iso(start),
      handoffRequestedAt: null,
      departmentId: null,
      agentId: null,
      queuedAt: null,
      assignedAt: null,
      firstReplyAt: null,
      transferredAt: null,
      closedAt: null,
      closedBy: null,
      closeType: null,
      closeTags: [],
      closeSummary: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
      agentReadSeq: 0,
      priority: 0,
    };
    this.planned = {
      visitor,
      conversation,
      messages: [],
      events: [],
      feedback: [],
      gaps: [],
      notes: [],
      leftMessage: null,
    };
  }

  get c(): ConversationRow {
    return this.planned.conversation;
  }

  get t(): number {
    return this.ms;
  }

  get now(): string {
    return this.stamp;
  }

  /** Moves the clock to an instant (ms), never back. */
  at(ms: number): void {
    if (ms < this.ms) throw new Error('the plan clock never goes back');
    this.ms = ms;
    this.stamp = iso(ms);
  }

  /** Moves the clock on by a whole number of seconds drawn from [min, max]. */
  wait(min: number, max: number): void {
    this.at(this.ms + this.random.int(min, max) * 1000);
  }

  /** A message; `replyTo` set for what the server writes in the same exchange. */
  say(
    author: Author,
    kind: MessageKind,
    body: string,
    extra: { faqId?: string; payload?: MessagePayload; replyTo?: PlannedMessage } = {},
  ): PlannedMessage {
    const c = this.c;
    c.lastSeq += 1;
    c.updatedAt = this.now;
    const message: PlannedMessage = {
      id: this.random.id(),
      conversationId: c.id,
      seq: c.lastSeq,
      clientId: extra.replyTo ? null : this.random.id(),
      replyTo: extra.replyTo?.id ?? null,
      author,
      kind,
      body,
      faqId: extra.faqId ?? null,
      payload: extra.payload ?? {},
      createdAt: this.now,
    };
    this.planned.messages.push(message);
    return message;
  }

  event(
    kind: ConversationEventRow['kind'],
    fields: Partial<Omit<ConversationEventRow, 'conversationId' | 'kind' | 'at'>> = {},
  ): void {
    this.c.updatedAt = this.now;
    this.planned.events.push({
      conversationId: this.c.id,
      kind,
      actorAgentId: null,
      agentId: null,
      departmentId: null,
      note: null,
      at: this.now,
      ...fields,
    });
  }

  /** The conversation's latest message, if any. */
  last(): PlannedMessage | undefined {
    return this.planned.messages.at(-1);
  }

  /** The latest message by the bot. */
  lastBot(): PlannedMessage | undefined {
    return this.planned.messages.findLast((m) => m.author === 'bot');
  }
}
