import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Fleet, Sender } from './fleet.ts';
import type { Ledger } from './ledger.ts';

/** How long after a phase acked messages may still arrive before they count as lost. */
const GRACE_MS = 10_000;

function sendOne(ledger: Ledger, phase: string, sender: Sender, clientId: string) {
  ledger.send(phase, clientId);
  return sender(clientId, `${phase} message ${clientId}`).then((failure) =>
    ledger.ack(clientId, failure),
  );
}

/** Waits until every ack is back and every acked message arrived, or the grace period ends. */
export async function settle(ledger: Ledger, phase: string): Promise<void> {
  const until = performance.now() + GRACE_MS;
  while (!ledger.settled(phase) && performance.now() < until) await sleep(50);
}

/** A stretch of wall-clock time, as Date.now() values, to read CPU traces over. */
export interface Window {
  from: number;
  to: number;
}

const wallClock = (t: number) => performance.timeOrigin + t;

/**
 * Visitors send at `rate` messages/s in total, round robin, for `seconds`: the latency a
 * visitor sees at a steady, realistic load. Resolves once every ack is back, with the
 * window in which messages were sent.
 */
export async function ratePhase(
  fleet: Fleet,
  ledger: Ledger,
  rate: number,
  seconds: number,
): Promise<Window> {
  const phase = 'rate';
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let sent = 0;
  for (;;) {
    const elapsed = performance.now() - start;
    if (elapsed >= seconds * 1000) break;
    const due = Math.floor((rate * elapsed) / 1000);
    for (; sent < due; sent += 1) {
      const v = sent % fleet.senders.length;
      const sender = fleet.senders[v];
      if (sender) pending.push(sendOne(ledger, phase, sender, `${phase}-${v}-${sent}`));
    }
    await sleep(2);
  }
  const end = performance.now();
  await Promise.all(pending);
  return { from: wallClock(start), to: wallClock(end) };
}

/**
 * Every visitor sends as fast as acks come back, with up to `window` messages in flight, for
 * `warmupSeconds + fullSeconds`; resolves once every ack is back. Returns the measured window
 * (the last `fullSeconds`) and a function for the messages delivered to agents per second in
 * it (ask after settling). Rounds of one phase are told apart by `round` in their clientIds.
 */
export async function fullSpeedPhase(
  fleet: Fleet,
  ledger: Ledger,
  phase: string,
  options: { fullSeconds: number; warmupSeconds: number; window: number; round: number },
): Promise<Window & { deliveredPerSec: () => number }> {
  const start = performance.now();
  const from = start + options.warmupSeconds * 1000;
  const to = from + options.fullSeconds * 1000;
  let n = 0;
  const pump = async (sender: Sender, v: number) => {
    while (performance.now() < to) {
      n += 1;
      await sendOne(ledger, phase, sender, `${phase}${options.round}-${v}-${n}`);
    }
  };
  await Promise.all(
    fleet.senders.flatMap((sender, v) =>
      Array.from({ length: options.window }, () => pump(sender, v)),
    ),
  );
  return {
    from: wallClock(from),
    to: wallClock(to),
    deliveredPerSec: () => ledger.arrivalsBetween(phase, from, to) / options.fullSeconds,
  };
}
