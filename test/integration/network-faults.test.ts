import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/traffic/random.ts';
import { checkDelivery } from '../helpers/delivery/check.ts';
import { ChatFleet } from '../helpers/delivery/fleet.ts';
import { readStored } from '../helpers/delivery/stored.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/server.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: ServerProcess | undefined;
let fleet: ChatFleet | undefined;
afterEach(async () => {
  fleet?.close();
  await server?.stop();
  if (server) await rm(server.dataDir, { recursive: true, force: true });
});

describe('connections dropped at random during chats', () => {
  it('by the network, the client or the server: nothing acked is lost, nothing shows twice, all in order', async () => {
    server = await ServerProcess.start(await makeTempDir('kefu-drops-'));
    fleet = await ChatFleet.start(server.url, { visitors: 20, agents: 5, maxChats: 5 });
    const random = seededRandom(4_711);
    const talk = setInterval(() => {
      for (let i = 0; i < 3; i += 1) fleet!.speak(random);
    }, 20);
    const faults = setInterval(() => fleet!.drop(random), 40);
    try {
      await pause(5_000);
    } finally {
      clearInterval(faults);
      clearInterval(talk);
    }

    const settled = await fleet.settle(server);
    fleet.close();
    await server.stop();
    const report = checkDelivery(await readStored(server), fleet);

    expect(report.problems).toEqual([]);
    expect(settled).toBe(true);
    expect(report).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0 });
    expect(report.stored).toBe(report.acked);
    expect(report.acked).toBeGreaterThan(0);
    // Every way of dropping happened, agents signed out by the server included.
    expect(fleet.drops.network).toBeGreaterThan(0);
    expect(fleet.drops.client).toBeGreaterThan(0);
    expect(fleet.drops.server).toBeGreaterThan(0);
    expect(server.errors).toEqual([]);
  }, 60_000);
});
