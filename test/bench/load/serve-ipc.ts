import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FromChild, ToChild } from './ipc.ts';
import { CpuTrace } from './cpu-trace.ts';
import { PhaseProfiler } from './profiler.ts';

/**
 * The child side of the IPC channel: says the port once listening, answers usage requests,
 * profiles on request, and on `stop` closes the server and exits.
 */
export function serveIpc(port: number, close: () => Promise<void>): void {
  const send = (message: FromChild) => process.send?.(message);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const profiler = new PhaseProfiler();
  const cpu = new CpuTrace();
  process.on('message', (message: ToChild) => {
    if (message.type === 'profile-start') {
      void profiler.start().then(() => send({ type: 'profiled' }));
    } else if (message.type === 'profile-stop') {
      void profiler.stop(message.file).then(() => send({ type: 'profiled' }));
    } else if (message.type === 'cpu') {
      void cpu
        .between(message.from, message.to)
        .then((share) => send({ type: 'cpu', percent: share.process }));
    } else if (message.type === 'usage') {
      send({
        type: 'usage',
        rssBytes: process.memoryUsage().rss,
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
        loopDelayP99Ms: loop.percentile(99) / 1e6,
      });
      loop.reset();
    } else {
      void close().then(() => {
        send({ type: 'stopped' });
        process.exit(0);
      });
    }
  });
  // The parent going away (Ctrl-C, a crash) takes the server with it.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port });
}
