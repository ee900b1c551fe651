import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/traffic/random.ts';
import { FailoverWatch } from '../helpers/cluster/failover.ts';
import { Cluster } from '../helpers/cluster/nodes.ts';
import { checkDelivery } from '../helpers/delivery/check.ts';
import { ChatAgent } from '../helpers/delivery/agent.ts';
import { ChatFleet, waitUntil } from '../helpers/delivery/fleet.ts';
import { readStored } from '../helpers/delivery/stored.ts';
import { databaseEnv } from '../helpers/test-database.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The bar: a dead node's clients are chatting again within 5 s of its death. */
const BACK_WITHIN_MS = 5_000;

let cluster: Cluster | undefined;
let fleet: ChatFleet | undefined;
afterEach(async () => {
  fleet?.close();
  await cluster?.stop();
});

describe('a cluster node killed mid-traffic (SIGKILL), three nodes behind a balancer', () => {
  it('loses and duplicates nothing, and the dead node’s clients chat again on the others within 5 s', async () => {
    // A schema of this run's, as for any test server (the label only names it).
    const database = await databaseEnv(`cluster-${randomUUID()}`);
    if (!database.KEFU_DATABASE_URL) throw new Error('a cluster needs PostgreSQL');
    cluster = await Cluster.start(3, database.KEFU_DATABASE_URL);
    fleet = await ChatFleet.start(cluster.url, { visitors: 24, agents: 6, maxChats: 5 }, 'cluster');
    // The balancer spread the clients over every node.
    expect([...cluster.balancer.handed.keys()].sort()).toEqual(
      cluster.nodes.map((n) => n.port).sort(),
    );
    const random = seededRandom(7_919);
    const talk = setInterval(() => {
      for (let i = 0; i < 4; i += 1) fleet!.speak(random);
    }, 20);

    let watch: FailoverWatch | undefined;
    try {
      await pause(2_500);
      watch = new FailoverWatch(fleet);
      await cluster.nodes[1]!.kill();
      await waitUntil(() => watch!.dropped.size > 0 && watch!.allBack, BACK_WITHIN_MS + 5_000);
      // Traffic goes on a while on the two nodes left.
      await pause(2_000);
    } finally {
      clearInterval(talk);
      watch?.stop();
    }

    const settled = await fleet.settle(cluster.database);
    fleet.close();
    await cluster.stop();
    const stored = await readStored(cluster.database);
    const report = checkDelivery(stored, fleet);

    expect(report.problems).toEqual([]);
    expect(settled).toBe(true);
    expect(report).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0 });
    expect(report.stored).toBe(report.acked);

    // The dead node held visitors and agents, and some of its visitors were talking to agents
    // on another node (or the other way round): the chats crossed nodes.
    const dropped = [...watch.dropped.keys()];
    expect(dropped.filter((c) => c instanceof ChatAgent).length).toBeGreaterThan(0);
    expect(dropped.filter((c) => !(c instanceof ChatAgent)).length).toBeGreaterThan(0);
    const agentIds = new Set(dropped.flatMap((c) => (c instanceof ChatAgent ? [c.id] : [])));
    const crossing = fleet.visitors.filter((v) => {
      const holder = stored.holders.get(v.conversationId ?? '');
      return holder !== undefined && watch.dropped.has(v) !== agentIds.has(holder);
    });
    expect(crossing.length).toBeGreaterThan(0);

    expect(watch.slowestMs).not.toBeNull();
    expect(watch.slowestMs!).toBeLessThan(BACK_WITHIN_MS);
    expect(cluster.crashes).toBe(0);
    expect(cluster.errors).toEqual([]);
  }, 90_000);
});
