import type { Socket } from 'socket.io-client';

/** Sends one visitor message: null once the server acked it as stored, else why not. */
export type Sender = (clientId: string, body: string) => Promise<string | null>;

/** The simulated visitors and agents of one server, all connected and ready to chat. */
export interface Fleet {
  /** One per visitor. */
  senders: Sender[];
  /** Sockets still connected, visitors and agents. */
  held(): number;
  /** Sockets the server or the network dropped, by Socket.IO's reason. */
  drops(): Map<string, number>;
  close(): void;
}

/** How long a message may wait for its ack before it counts as failed. */
export const ACK_TIMEOUT_MS = 30_000;

/** Runs `task` for 0..count-1, at most `width` at a time, keeping the order of results. */
export async function inBatches<T>(
  count: number,
  width: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += width) {
    const batch = Array.from({ length: Math.min(width, count - start) }, (_, j) => task(start + j));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

/** Rejects when `promise` takes longer than `ms`, naming what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Sends `message.send` and waits for the ack, which says whether the message was stored. */
export function sender(socket: Socket): Sender {
  return (clientId, body) =>
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('message.send', { clientId, body })
      .then(
        (ack: { ok: true } | { ok: false; error: { code: string } }) =>
          ack.ok ? null : ack.error.code,
        () => 'no ack (timeout)',
      );
}

/** Connection bookkeeping of a fleet: what is still connected, what was dropped and why. */
export function holding(sockets: Socket[]): Pick<Fleet, 'held' | 'drops' | 'close'> {
  const drops = new Map<string, number>();
  let closing = false;
  for (const socket of sockets) {
    socket.on('disconnect', (reason) => {
      if (!closing) drops.set(reason, (drops.get(reason) ?? 0) + 1);
    });
  }
  return {
    held: () => sockets.filter((s) => s.connected).length,
    drops: () => drops,
    close() {
      closing = true;
      for (const socket of sockets) socket.close();
    },
  };
}
