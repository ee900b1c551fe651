import { performance } from 'node:perf_hooks';

interface Entry {
  phase: string;
  sentAt: number;
  /** null while waiting, 'ok', or why it failed. */
  ack: string | null;
  arrivals: number;
  firstArrival: number;
}

export interface PhaseCounts {
  sent: number;
  acked: number;
  /** Error acks, timeouts, and acks still missing at the end. */
  failed: number;
  /** The failed ones by reason. */
  failures: Record<string, number>;
  /** Distinct messages that reached an agent. */
  delivered: number;
  /** Acked, yet never reached an agent. */
  lost: number;
  /** Messages that reached an agent more than once. */
  duplicated: number;
  p50Ms: number;
  p99Ms: number;
}

/** Every message sent in the run, by clientId: when it went, its ack, its arrivals at agents. */
export class Ledger {
  private readonly entries = new Map<string, Entry>();
  /** Arrivals of clientIds this run never sent. */
  strangers = 0;

  send(phase: string, clientId: string): void {
    const entry: Entry = {
      phase,
      sentAt: performance.now(),
      ack: null,
      arrivals: 0,
      firstArrival: 0,
    };
    this.entries.set(clientId, entry);
  }

  /** `failure`: null when the server acked the message as stored. */
  ack(clientId: string, failure: string | null): void {
    const entry = this.entries.get(clientId);
    if (entry) entry.ack = failure ?? 'ok';
  }

  deliver(clientId: string): void {
    const entry = this.entries.get(clientId);
    if (!entry) {
      this.strangers += 1;
      return;
    }
    entry.arrivals += 1;
    if (entry.arrivals === 1) entry.firstArrival = performance.now();
  }

  /** Every ack is back and every acked message arrived. */
  settled(phase: string): boolean {
    for (const e of this.entries.values()) {
      if (e.phase !== phase) continue;
      if (e.ack === null || (e.ack === 'ok' && e.arrivals === 0)) return false;
    }
    return true;
  }

  /** First arrivals of the phase within [from, to] (performance.now() times). */
  arrivalsBetween(phase: string, from: number, to: number): number {
    let n = 0;
    for (const e of this.entries.values()) {
      if (e.phase === phase && e.arrivals > 0 && e.firstArrival >= from && e.firstArrival <= to) {
        n += 1;
      }
    }
    return n;
  }

  /** The acked clientIds, to check against the database. */
  acked(): string[] {
    return this.ids((e) => e.ack === 'ok');
  }

  /** Acked, yet no agent got them. */
  undelivered(): string[] {
    return this.ids((e) => e.ack === 'ok' && e.arrivals === 0);
  }

  /** Reached an agent more than once. */
  repeated(): string[] {
    return this.ids((e) => e.arrivals > 1);
  }

  private ids(keep: (e: Entry) => boolean): string[] {
    return [...this.entries].filter(([, e]) => keep(e)).map(([id]) => id);
  }

  counts(phase: string): PhaseCounts {
    const latencies: number[] = [];
    const c = { sent: 0, acked: 0, failed: 0, delivered: 0, lost: 0, duplicated: 0 };
    const failures: Record<string, number> = {};
    for (const e of this.entries.values()) {
      if (e.phase !== phase) continue;
      c.sent += 1;
      if (e.ack === 'ok') c.acked += 1;
      if (e.ack !== 'ok') {
        c.failed += 1;
        const reason = e.ack ?? 'no ack yet';
        failures[reason] = (failures[reason] ?? 0) + 1;
      }
      if (e.arrivals > 0) {
        c.delivered += 1;
        latencies.push(e.firstArrival - e.sentAt);
      }
      if (e.ack === 'ok' && e.arrivals === 0) c.lost += 1;
      if (e.arrivals > 1) c.duplicated += 1;
    }
    latencies.sort((a, b) => a - b);
    return {
      ...c,
      failures,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
    };
  }
}

/** Nearest-rank percentile of sorted values; 0 for none. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
