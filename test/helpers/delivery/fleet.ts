import type { AgentCreated } from '../../../protocol/index.ts';
import type { Random } from '../../../scripts/traffic/random.ts';
import { signIn } from '../agent-client.ts';
import { consoleRequest } from '../console-api.ts';
import type { DatabaseLocation } from '../database-rows.ts';
import { ChatAgent } from './agent.ts';
import { readStored, type Stored } from './stored.ts';
import { ChatVisitor } from './visitor.ts';

export interface FleetOptions {
  visitors: number;
  agents: number;
  /** Chats each agent may hold: agents × maxChats ≥ visitors, so every chat finds an agent. */
  maxChats: number;
}

/** How a connection was dropped: the network under the client, the client, or the server. */
export type DropKind = 'network' | 'client' | 'server';

const PASSWORD = 'faults-agent-password';
/** A visitor keeps at most this many messages in the outbox, as a person typing ahead. */
const MAX_OUTBOX = 3;

/** Runs `task` for 0..count-1, `width` at a time. */
async function inBatches<T>(count: number, width: number, task: (i: number) => Promise<T>) {
  const results: T[] = [];
  for (let start = 0; start < count; start += width) {
    const size = Math.min(width, count - start);
    results.push(...(await Promise.all(Array.from({ length: size }, (_, j) => task(start + j)))));
  }
  return results;
}

/** Polls `done` until it holds; false when `ms` passed first. */
export async function waitUntil(
  done: () => boolean | Promise<boolean>,
  ms: number,
): Promise<boolean> {
  const until = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/**
 * Visitors chatting with agents who hold their chats: accounts made through the admin API,
 * agents signed in and online before any visitor asks for a person, every chat assigned by
 * the server's own routing.
 */
export class ChatFleet {
  readonly drops: Record<DropKind, number> = { network: 0, client: 0, server: 0 };
  private sent = 0;

  private constructor(
    readonly visitors: ChatVisitor[],
    readonly agents: ChatAgent[],
  ) {}

  static async start(url: string, options: FleetOptions, tag = 'faults'): Promise<ChatFleet> {
    const admin = await signIn(url);
    const agents = await inBatches(options.agents, 10, async (i) => {
      const email = `${tag}-agent-${i}@kefu.test`;
      const res = await consoleRequest(url, 'POST', '/api/admin/agents', admin, {
        email,
        name: `Agent ${i}`,
        role: 'agent',
        departments: ['general'],
        maxChats: options.maxChats,
        lang: 'en',
        password: PASSWORD,
      });
      if (res.status !== 201) throw new Error(`creating agent ${i}: ${res.status}`);
      const { agent } = (await res.json()) as AgentCreated;
      return ChatAgent.open(url, agent.name, agent.id, { email, password: PASSWORD });
    });
    const visitors = await inBatches(options.visitors, 50, async (i) => {
      const visitor = await ChatVisitor.open(url, `visitor ${i}`);
      await visitor.askForPerson(`${tag}-handoff-${i}`);
      return visitor;
    });
    const fleet = new ChatFleet(visitors, agents);
    const assigned = await waitUntil(
      () => visitors.every((v) => v.state?.status === 'active'),
      60_000,
    );
    if (!assigned) throw new Error('not every chat was assigned to an agent within 60 s');
    return fleet;
  }

  get clients(): number {
    return this.visitors.length + this.agents.length;
  }

  /** One message from someone: a visitor typing ahead (outbox permitting), or an agent's reply. */
  speak(random: Random): void {
    this.sent += 1;
    const who = random.int(0, this.clients - 1);
    const visitor = this.visitors[who];
    if (visitor) {
      if (visitor.pending.length < MAX_OUTBOX) visitor.send(`v${who} #${this.sent}`);
      return;
    }
    const agent = this.agents[who - this.visitors.length];
    const chats = agent?.heldChats ?? [];
    if (agent && chats.length > 0) agent.reply(random.pick(chats), `a #${this.sent}`);
  }

  /**
   * Drops one connected client's link: its network (the transport closes under it), the
   * client itself (disconnect, connect again shortly), or the server (an agent signed out
   * over REST: the server disconnects that session's console tabs; it signs in again).
   */
  drop(random: Random, kinds: readonly DropKind[] = ['network', 'client', 'server']): void {
    const kind = random.pick(kinds);
    const pool = kind === 'server' ? this.agents : [...this.visitors, ...this.agents];
    const connected = pool.filter((c) => c.socket.connected);
    if (connected.length === 0) return;
    const client = random.pick(connected);
    this.drops[kind] += 1;
    if (kind === 'network') client.socket.io.engine.close();
    else if (kind === 'client') client.socket.disconnect();
    else if (client instanceof ChatAgent) client.signOut().catch(() => undefined);
  }

  get disconnects(): number {
    return this.drops.network + this.drops.client + this.drops.server;
  }

  /**
   * Waits until every client is connected with an empty outbox and shows every stored
   * message of its chats. Reads the database as it goes; returns false on timeout (the
   * check that follows then says what is missing).
   */
  settle(server: DatabaseLocation, ms = 20_000): Promise<boolean> {
    return waitUntil(async () => this.caughtUp(await readStored(server)), ms);
  }

  close(): void {
    for (const client of [...this.visitors, ...this.agents]) client.close();
  }

  private caughtUp(stored: Stored): boolean {
    const shows = (messages: { id: string }[], conversationId: string | null) =>
      conversationId !== null &&
      messages.length === (stored.transcripts.get(conversationId)?.length ?? -1);
    for (const v of this.visitors) {
      if (!v.socket.connected || v.pending.length > 0) return false;
      const id = v.conversationId;
      if (
        !shows(
          v.messages.filter((m) => m.conversationId === id),
          id,
        )
      )
        return false;
    }
    for (const a of this.agents) {
      if (!a.socket.connected) return false;
      for (const [id, holder] of stored.holders) {
        if (holder !== a.id) continue;
        const chat = a.chats.get(id);
        if (!chat || chat.pending.length > 0 || !shows(chat.messages, id)) return false;
      }
    }
    return true;
  }
}
