import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Session } from 'node:inspector/promises';

/**
 * CPU profile of one stretch of a server child's life (a phase, not start-up), written as a
 * .cpuprofile file that Chrome DevTools or `node --cpu-prof`-style tools open.
 */
export class PhaseProfiler {
  private session: Session | null = null;

  async start(): Promise<void> {
    this.session = new Session();
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.start');
  }

  async stop(file: string): Promise<void> {
    if (!this.session) return;
    const { profile } = await this.session.post('Profiler.stop');
    // `--profile DIR` may name a directory that is not there yet.
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(profile));
    this.session.disconnect();
    this.session = null;
  }
}
