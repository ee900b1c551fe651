import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseLocation } from '../database-rows.ts';
import { ServerProcess } from '../server-process.ts';
import { makeTempDir } from '../server.ts';
import { Balancer } from './balancer.ts';

/** The Redis every test cluster links its nodes through (running here and in CI). */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Kefu nodes as deployed for cluster mode: each a real server process (SIGKILL-able) with a
 * data directory of its own, all on one PostgreSQL schema and one Redis, behind a balancer.
 * Runs of other tests share that Redis's default stream; their broadcasts name rooms (chats,
 * agents) that do not exist here, so they reach nobody.
 */
export class Cluster {
  private constructor(
    readonly dir: string,
    readonly nodes: ServerProcess[],
    readonly balancer: Balancer,
  ) {}

  /**
   * Starts `count` nodes at once on the database at `databaseUrl` (they take turns migrating
   * it, as a deployment's do), and the balancer in front of them.
   */
  static async start(
    count: number,
    databaseUrl: string,
    env: Record<string, string> = {},
  ): Promise<Cluster> {
    const dir = await makeTempDir('kefu-cluster-');
    const database = { KEFU_DATABASE_URL: databaseUrl };
    const started = await Promise.allSettled(
      Array.from({ length: count }, (_, i) =>
        ServerProcess.start(join(dir, `node-${i}`), {
          database,
          env: { KEFU_REDIS_URL: TEST_REDIS_URL, ...env },
        }),
      ),
    );
    const nodes = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
      await Promise.all(nodes.map((n) => n.stop()));
      throw failed.reason;
    }
    // Every node's port, dead or alive, as in an nginx upstream: the balancer finds out by trying.
    const ports = nodes.map((n) => n.port);
    return new Cluster(dir, nodes, await Balancer.start(() => ports));
  }

  get url(): string {
    return this.balancer.url;
  }

  /** Where the shared database is, for reading it beside the nodes. */
  get database(): DatabaseLocation {
    return this.nodes[0]!;
  }

  /** Error log lines of every node, each with its node's number. */
  get errors(): string[] {
    return this.nodes.flatMap((n, i) => n.errors.map((e) => `node ${i}: ${e}`));
  }

  get crashes(): number {
    return this.nodes.reduce((sum, n) => sum + n.crashes, 0);
  }

  async stop(): Promise<void> {
    await this.balancer.close();
    await Promise.all(this.nodes.map((n) => n.stop()));
    await rm(this.dir, { recursive: true, force: true });
  }
}
