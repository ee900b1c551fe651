import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { ServerOptions } from 'socket.io';
import type { Logger } from '../logger.ts';

export type RedisClient = ReturnType<typeof createClient>;

/** What joins this node's Socket.IO server to the other nodes', and lets go of it. */
export interface ClusterLink {
  adapter: NonNullable<ServerOptions['adapter']>;
  /** Also for what the nodes count together (the rate limits). */
  redis: RedisClient;
  /** Resolves once the broadcasts made so far are in Redis: the other nodes will read them. */
  flushed(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Each node reads the stream `readCount` entries at a time, and Redis trims it to about
 * `maxLen`: a node further behind than that (a busy event loop under overload) silently skips
 * broadcasts. Three overloaded nodes (bench:cluster at 1,000 msg/s offered) added up to 6,900
 * entries a second, so the adapter's default 10,000 left a node 1.5 s of lag; 100,000 leave
 * it about 15 s, and reading 1,000 at a time catches up faster. About 50 MB of Redis memory.
 */
const STREAM = { readCount: 1_000, maxLen: 100_000 };

/**
 * Rooms and broadcasts across nodes through Redis. The Streams adapter rather than the Pub/Sub
 * one: after a short loss of Redis a node reads the stream on from where it stopped, so no
 * broadcast made meanwhile is lost (Pub/Sub drops them).
 */
export async function linkThroughRedis(url: string, logger: Logger): Promise<ClusterLink> {
  const client = createClient({ url });
  // node-redis reconnects by itself; each failed attempt arrives here.
  client.on('error', (err: unknown) => logger.warn({ err }, 'cluster: Redis connection error'));
  await client.connect();
  return {
    adapter: createAdapter(client, STREAM),
    redis: client,
    // One connection answers in order: the PING's reply comes after every XADD sent before it.
    async flushed() {
      await client.ping();
    },
    async close() {
      if (client.isOpen) await client.quit();
    },
  };
}
