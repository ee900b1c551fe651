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

describe('a server killed mid-traffic (SIGKILL) and started again on the same data', () => {
  it('keeps every acked message exactly once, and both sides end up showing every message in order', async () => {
    server = await ServerProcess.start(await makeTempDir('kefu-crash-'));
    fleet = await ChatFleet.start(server.url, { visitors: 16, agents: 4, maxChats: 5 });
    const random = seededRandom(20_251);
    const talk = setInterval(() => {
      for (let i = 0; i < 4; i += 1) fleet!.speak(random);
    }, 20);

    const { ackedBeforeKill, writtenWhileDown } = await killMidTraffic(server, fleet).finally(() =>
      clearInterval(talk),
    );

    const settled = await fleet.settle(server);
    fleet.close();
    await server.stop();
    const report = checkDelivery(await readStored(server), fleet);

    expect(report.problems).toEqual([]);
    expect(settled).toBe(true);
    expect(report).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0 });
    expect(report.stored).toBe(report.acked);
    // Traffic flowed before the kill, and again after the restart.
    expect(ackedBeforeKill).toBeGreaterThan(0);
    expect(report.acked).toBeGreaterThan(ackedBeforeKill);
    expect(writtenWhileDown).toBeGreaterThan(0);
    expect(server.crashes).toBe(0);
    expect(server.errors).toEqual([]);
  }, 60_000);
});

/** Traffic, SIGKILL, a moment with the server gone, a restart on the same data, traffic. */
async function killMidTraffic(server: ServerProcess, fleet: ChatFleet) {
  await pause(2_000);
  const ackedBeforeKill = ackedSoFar(fleet);
  await server.kill();
  // Visitors and agents keep writing while the server is gone: it all waits in outboxes.
  await pause(300);
  const writtenWhileDown = unacked(fleet);
  await server.restart();
  await pause(2_000);
  return { ackedBeforeKill, writtenWhileDown };
}

function ackedSoFar(fleet: ChatFleet): number {
  return [...fleet.visitors, ...fleet.agents].reduce((n, c) => n + c.acked.size, 0);
}

function unacked(fleet: ChatFleet): number {
  const visitors = fleet.visitors.reduce((n, v) => n + v.pending.length, 0);
  const agents = fleet.agents.reduce(
    (n, a) => n + [...a.chats.values()].reduce((k, c) => k + c.pending.length, 0),
    0,
  );
  return visitors + agents;
}
