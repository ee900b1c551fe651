import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../server/services/agents/password.ts';
import { openBulkLoader } from '../../server/store/open-bulk-loader.ts';
import type { StoreLocation } from '../../server/store/open.ts';
import type { BulkBatch } from '../../server/store/types/bulk-load.ts';
import type { Store } from '../../server/store/types.ts';
import type { Staff, TrafficBatch } from './types.ts';

export interface TrafficCounts {
  visitors: number;
  conversations: number;
  messages: number;
  handoffs: number;
  ratings: number;
  votes: number;
  gaps: number;
  leftMessages: number;
}

/**
 * Messages per transaction by default: a commit rewrites most pages of the (random) id indexes,
 * so fewer is faster, but a running server's writes wait while one is open (up to 5 s).
 */
export const COMMIT_EVERY = 50_000;

/** Agents already in the database (same e-mail, e.g. from an earlier run) keep their ids. */
export async function adoptExistingStaff(store: Store, staff: Staff): Promise<Staff> {
  const agents = await Promise.all(
    staff.agents.map(async (a) => {
      const existing = await store.agents.findByEmail(a.email);
      return existing ? { ...a, id: existing.id } : a;
    }),
  );
  return { ...staff, agents };
}

/**
 * Adds the departments and agents that are not there yet. The agents get a password nobody
 * knows: an admin who wants to sign in as one resets it in the console (坐席).
 */
export async function writeStaff(store: Store, staff: Staff, at: string): Promise<void> {
  for (const d of staff.departments) {
    if (!(await store.departments.get(d.id))) await store.departments.create(d);
  }
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  for (const a of staff.agents) {
    if (await store.agents.get(a.id)) continue;
    await store.agents.create({
      id: a.id,
      email: a.email,
      name: a.name,
      role: 'agent',
      passwordHash,
      maxChats: 5,
      lang: /^[A-Za-z .]+$/.test(a.name) ? 'en' : 'zh-CN',
      disabled: false,
      createdAt: at,
      updatedAt: at,
      departments: a.departments,
    });
  }
}

/** Writes the planned traffic into the store's database, a day at a time. */
export async function writeTraffic(
  where: StoreLocation,
  batches: Iterable<TrafficBatch>,
  commitEvery = COMMIT_EVERY,
): Promise<TrafficCounts> {
  const counts: TrafficCounts = {
    visitors: 0,
    conversations: 0,
    messages: 0,
    handoffs: 0,
    ratings: 0,
    votes: 0,
    gaps: 0,
    leftMessages: 0,
  };
  function* days(): Generator<BulkBatch> {
    for (const day of batches) {
      const lastSeen = new Map<string, string>();
      const leftMessages = [];
      counts.visitors += day.visitors.length;
      for (const p of day.conversations) {
        if (p.leftMessage) leftMessages.push(p.leftMessage);
        lastSeen.set(p.visitor.id, p.conversation.updatedAt);
        counts.conversations += 1;
        counts.messages += p.messages.length;
        counts.handoffs += p.conversation.handoffRequestedAt ? 1 : 0;
        counts.ratings += p.conversation.rating ? 1 : 0;
        counts.votes += p.feedback.length;
        counts.gaps += p.gaps.length;
        counts.leftMessages += p.leftMessage ? 1 : 0;
      }
      yield {
        visitors: day.visitors,
        conversations: day.conversations,
        leftMessages,
        lastSeen: [...lastSeen].map(([visitorId, at]) => ({ visitorId, at })),
      };
    }
  }
  const loader = await openBulkLoader(where);
  try {
    await loader.load(days(), commitEvery);
  } finally {
    await loader.close();
  }
  return counts;
}
