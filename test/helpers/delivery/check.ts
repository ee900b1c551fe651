import type { ChatMessage } from '../../../protocol/index.ts';
import type { Written } from './contract.ts';
import type { ChatFleet } from './fleet.ts';
import type { Stored, StoredMessage } from './stored.ts';

export interface DeliveryCounts {
  /** Messages a client was told were stored (one per clientId). */
  acked: number;
  /** Of those, the ones stored exactly once, as the ack said. */
  stored: number;
  /** Acked but not stored, or stored but missing from a side that should show it. */
  lost: number;
  /** Stored or shown more than once. */
  duplicated: number;
  /** Seqs with holes or out of order, in the store or on a screen; or not in the order written. */
  outOfOrder: number;
}

export interface DeliveryReport extends DeliveryCounts {
  /** The first problems found, readable, for a failing test to show. */
  problems: string[];
}

const SHOWN_PROBLEMS = 20;

/** Compares what every client was told and shows with what the database holds. */
export function checkDelivery(stored: Stored, fleet: ChatFleet): DeliveryReport {
  const report: DeliveryReport = {
    acked: 0,
    stored: 0,
    lost: 0,
    duplicated: 0,
    outOfOrder: 0,
    problems: [],
  };
  const problem = (what: keyof DeliveryCounts, text: string, count = 1) => {
    report[what] += count;
    if (report.problems.length < SHOWN_PROBLEMS) report.problems.push(`${what}: ${text}`);
  };

  const byClientId = new Map<string, StoredMessage[]>();
  for (const [id, transcript] of stored.transcripts) {
    transcript.forEach((m, i) => {
      if (m.seq !== i + 1) problem('outOfOrder', `stored ${id} has seq ${m.seq} at place ${i + 1}`);
      if (m.clientId !== null)
        byClientId.set(m.clientId, [...(byClientId.get(m.clientId) ?? []), m]);
    });
  }
  for (const [clientId, copies] of byClientId) {
    if (copies.length > 1)
      problem('duplicated', `${clientId} stored ${copies.length} times`, copies.length - 1);
  }

  const acked = [...fleet.visitors, ...fleet.agents].flatMap((c) => [...c.acked.values()]);
  for (const message of acked) {
    report.acked += 1;
    const copy = byClientId.get(message.clientId ?? '')?.[0];
    if (!copy) problem('lost', `acked ${message.clientId} (seq ${message.seq}) is not stored`);
    else if (copy.id !== message.id || copy.seq !== message.seq) {
      problem('lost', `acked ${message.clientId} as seq ${message.seq}, stored as seq ${copy.seq}`);
    } else report.stored += 1;
  }

  const compare = (who: string, id: string | null, shown: readonly ChatMessage[]) => {
    const expected = id === null ? [] : (stored.transcripts.get(id) ?? []);
    const ids = new Set(shown.map((m) => m.id));
    const missing = expected.filter((m) => !ids.has(m.id));
    if (missing.length > 0) {
      problem(
        'lost',
        `${who} does not show seq ${missing.map((m) => m.seq).join(', ')}`,
        missing.length,
      );
    }
    const known = new Set(expected.map((m) => m.id));
    const extra = shown.length - ids.size + [...ids].filter((x) => !known.has(x)).length;
    if (extra > 0) problem('duplicated', `${who} shows ${extra} messages twice or unstored`, extra);
    shown.forEach((m, i) => {
      if (i > 0 && m.seq <= shown[i - 1]!.seq)
        problem('outOfOrder', `${who} shows seq ${m.seq} after ${shown[i - 1]!.seq}`);
    });
  };
  for (const v of fleet.visitors) {
    const id = v.conversationId;
    compare(
      v.name,
      id,
      v.messages.filter((m) => m.conversationId === id),
    );
    writtenOrder(v.name, v.written, byClientId, problem);
  }
  for (const a of fleet.agents) {
    for (const [id, holder] of stored.holders) {
      if (holder === a.id) compare(`${a.name} in ${id}`, id, a.chats.get(id)?.messages ?? []);
    }
    const chats = new Set(a.written.map((w) => w.conversationId));
    for (const id of chats) {
      writtenOrder(
        a.name,
        a.written.filter((w) => w.conversationId === id),
        byClientId,
        problem,
      );
    }
  }
  return report;
}

/** One author's messages must be stored in the order they were written. */
function writtenOrder(
  who: string,
  written: readonly Written[],
  byClientId: ReadonlyMap<string, StoredMessage[]>,
  problem: (what: keyof DeliveryCounts, text: string) => void,
): void {
  let last = 0;
  for (const w of written) {
    const seq = byClientId.get(w.clientId)?.[0]?.seq;
    if (seq === undefined) continue;
    if (seq < last)
      problem('outOfOrder', `${who} wrote "${w.body}" after seq ${last}, stored as ${seq}`);
    last = Math.max(last, seq);
  }
}
