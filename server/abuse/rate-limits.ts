import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RedisClient } from '../cluster/redis-link.ts';
import type { AbuseLimits, Rate } from './limits.ts';

/** How long to wait before trying again, in ms; null: go ahead. */
export type Wait = number | null;

type Step = readonly [limiter: RateLimiterAbstract, key: string];

function limiter(name: string, rate: Rate): RateLimiterMemory {
  return new RateLimiterMemory({
    keyPrefix: `kefu-${name}`,
    points: rate.points,
    duration: rate.seconds,
  });
}

/**
 * A limit counted in Redis, shared by every node: a visitor or an address moving between nodes
 * finds their count there. While Redis cannot answer, this node counts in memory meanwhile
 * (the insurance limiter) rather than stop the chat.
 */
function sharedLimiter(name: string, rate: Rate, redis: RedisClient): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    keyPrefix: `kefu-${name}`,
    points: rate.points,
    duration: rate.seconds,
    insuranceLimiter: limiter(name, rate),
  });
}

/**
 * Takes a point from one limit: null, or how long to wait. A store that fails (never in memory;
 * Redis falls back to memory) throws, for the caller to log.
 */
async function takeOne([limiter, key]: Step): Promise<Wait> {
  try {
    await limiter.consume(key);
    return null;
  } catch (reason) {
    if (!(reason instanceof RateLimiterRes)) throw reason;
    return Math.max(1, Math.ceil(reason.msBeforeNext));
  }
}

/**
 * Takes a point from each limit, all or nothing: when one refuses, the others get theirs back,
 * so a refused action uses up nothing. The wait is the longest of the refusing limits'. A
 * single limit needs none of this: `takeOne`, which every socket event goes through.
 */
async function take(steps: readonly Step[]): Promise<Wait> {
  const waits = await Promise.all(steps.map(takeOne));
  const refused = waits.filter((w) => w !== null);
  if (refused.length === 0) return null;
  await give(steps.filter((_, i) => waits[i] === null));
  return Math.max(...refused);
}

async function give(steps: readonly Step[]): Promise<void> {
  await Promise.all(steps.map(([l, key]) => l.reward(key)));
}

/**
 * The rate limits of DEFAULT_LIMITS, counted in this process's memory, or in a cluster the
 * visitors' and addresses' in Redis (`redis`). A socket lives on one node: its own limit stays
 * in memory. Windows run on the wall clock.
 */
export class RateLimits {
  private readonly burst: RateLimiterAbstract;
  private readonly sustained: RateLimiterAbstract;
  private readonly addressWrites: RateLimiterAbstract;
  private readonly socketEvents: RateLimiterAbstract;
  private readonly sessions: RateLimiterAbstract;

  constructor(limits: AbuseLimits, redis?: RedisClient) {
    const shared = (name: string, rate: Rate) =>
      redis ? sharedLimiter(name, rate, redis) : limiter(name, rate);
    this.burst = shared('visitor-burst', limits.visitorBurst);
    this.sustained = shared('visitor-sustained', limits.visitorSustained);
    this.addressWrites = shared('address-writes', limits.addressWrites);
    this.socketEvents = limiter('socket-events', limits.socketEvents);
    this.sessions = shared('address-sessions', limits.addressSessions);
  }

  /** Any event on one socket. */
  event(socketId: string): Promise<Wait> {
    return takeOne([this.socketEvents, socketId]);
  }

  /**
   * Something a visitor writes. Their own limits decide first; the address is charged only for
   * what they let through, so a neighbour over their limit never uses up this visitor's share.
   */
  async write(visitorId: string, address: string): Promise<Wait> {
    const own: Step[] = [
      [this.burst, visitorId],
      [this.sustained, visitorId],
    ];
    const wait = await take(own);
    if (wait !== null) return wait;
    const shared = await takeOne([this.addressWrites, address]);
    if (shared !== null) await give(own);
    return shared;
  }

  /** A new visitor session from an address. */
  session(address: string): Promise<Wait> {
    return takeOne([this.sessions, address]);
  }
}
