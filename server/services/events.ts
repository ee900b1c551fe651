import type { Logger } from '../logger.ts';
import type {
  AgentStatus,
  GapReason,
  RetentionSettings,
  TicketNotice,
} from '../../protocol/index.ts';
import type { AgentRow, ConversationRow, MessageRow, NoteRow, TicketRow } from '../store/types.ts';

/**
 * Domain events: what happened, named `resource.verb` like the protocol. Commands emit
 * them after storing; processors (broadcast, later queue and analytics) hang off them.
 */
export interface DomainEventMap {
  'conversation.created': ConversationRow;
  /**
   * `origin`: the connection that sent it and already has it in its ack, so broadcasting need
   * not echo it back there (other tabs still get it).
   */
  'message.created': MessageRow & { origin?: string };
  'message.updated': MessageRow;
  /** A conversation changed state (queued, assigned, transferred, closed, rated). */
  'conversation.updated': ConversationRow;
  /** The holding agent's read mark (agentReadSeq) moved forward: the visitor sees 已读. */
  'conversation.read': { conversationId: string };
  /** A conversation was given to an agent: by routing, by taking it, or by a transfer. */
  'conversation.assigned': { conversation: ConversationRow; previousAgentId: string | null };
  /** The waiting line of a department changed: positions move, consoles refresh. */
  'queue.changed': { departmentId: string };
  'note.created': NoteRow;
  /** Typing indicators are never stored; they only pass through. */
  'typing.changed': { conversationId: string; author: 'visitor' | 'agent'; typing: boolean };
  /** Stored already; every console tab of the agent shows it. */
  'agent.status_changed': { agentId: string; status: AgentStatus; changedAt: string };
  /** A console session signed out; `sessionId` is the stored hash, never the cookie token. */
  'session.ended': { sessionId: string; agentId: string };
  /** The bot did not settle a visitor's question (知识缺口); stored after the message was. */
  'question.missed': { messageId: string; reason: GapReason; faqId: string | null; at: string };
  /** An admin changed an account's profile (role, departments, limit …). */
  'agent.updated': { before: AgentRow; after: AgentRow };
  /** An admin saved how long transcripts are kept (saved already). */
  'retention.changed': RetentionSettings;
  /** Everything about a visitor was deleted; their open sockets must go. */
  'visitor.erased': { visitorId: string };
  /** A browser's visitor now acts as a verified customer (stored): its open tabs reconnect as them. */
  'visitor.merged': { visitorId: string; into: string };
  /** A 工单 was handed over or fell due (stored already): these agents' consoles are told. */
  'ticket.changed': { notice: TicketNotice; agentIds: string[] };
  /**
   * These FAQ entries were saved or deleted and this node's live index has them: the other
   * nodes of a cluster read them again.
   */
  'faq.changed': { ids: string[] };
  /**
   * A part of the widget settings in memory was replaced after a save: the other nodes of a
   * cluster read that part again.
   */
  'widget.changed': { part: WidgetPart };
  /** A reply was added to a 工单's timeline (stored already); `public` ones are for the customer. */
  'ticket.replied': {
    ticket: TicketRow;
    agentId: string;
    body: string;
    public: boolean;
    /** A public reply's message in the customer's chat (its id is chosen with the reply). */
    messageId: string | null;
    at: string;
  };
}

/** The parts of `LiveWidgetSettings` saved on their own. */
export type WidgetPart = 'settings' | 'identity' | 'surveys' | 'pageHelp';

export type DomainEventName = keyof DomainEventMap;
type Listener<E extends DomainEventName> = (payload: DomainEventMap[E]) => void | Promise<void>;

export class DomainEvents {
  private readonly listeners = new Map<DomainEventName, Set<Listener<never>>>();

  constructor(private readonly logger: Logger) {}

  on<E extends DomainEventName>(name: E, listener: Listener<E>): void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(name, set);
  }

  /** Runs every listener; a failing listener is logged and never fails the command that emitted. */
  emit<E extends DomainEventName>(name: E, payload: DomainEventMap[E]): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        const result = (listener as Listener<E>)(payload);
        if (result) result.catch((err: unknown) => this.fail(name, err));
      } catch (err) {
        this.fail(name, err);
      }
    }
  }

  private fail(name: DomainEventName, err: unknown): void {
    this.logger.error({ err, event: name }, 'domain event processor failed');
  }
}
