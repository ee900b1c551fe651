import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { FromChild, ToChild, Usage } from './ipc.ts';

/** A server running in its own process, so its memory and CPU are its own. */
export class ServerChild {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Forks `script` (a file beside this one) under tsx and waits until it listens. */
  static start(script: string, env: Record<string, string>): Promise<ServerChild> {
    const child = fork(resolve(import.meta.dirname, script), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((done, fail) => {
      child.once('exit', (code) => fail(new Error(`${script} exited early with ${code}`)));
      child.on('message', (message: FromChild) => {
        if (message.type !== 'ready') return;
        child.removeAllListeners('exit');
        done(new ServerChild(child, `http://127.0.0.1:${message.port}`));
      });
    });
  }

  usage(): Promise<Usage> {
    return this.ask({ type: 'usage' }, 'usage');
  }

  /** The child's CPU between two Date.now() times, in % of one core. */
  async cpuBetween(from: number, to: number): Promise<number> {
    return (await this.ask({ type: 'cpu', from, to }, 'cpu')).percent;
  }

  /** Starts a CPU profile of the child; `stopProfile` writes it. */
  async startProfile(): Promise<void> {
    await this.ask({ type: 'profile-start' }, 'profiled');
  }

  async stopProfile(file: string): Promise<void> {
    await this.ask({ type: 'profile-stop', file }, 'profiled');
  }

  /** Closes the server cleanly and waits for the process to end. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    await this.ask({ type: 'stop' }, 'stopped');
    await exited;
  }

  private ask<K extends FromChild['type']>(
    request: ToChild,
    answer: K,
  ): Promise<Extract<FromChild, { type: K }>> {
    return new Promise((done, fail) => {
      const onExit = (code: number | null) =>
        fail(new Error(`the server exited (${code}) before answering ${request.type}`));
      const onMessage = (message: FromChild) => {
        if (message.type !== answer) return;
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        done(message as Extract<FromChild, { type: K }>);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(request, (err) => {
        if (err) fail(err);
      });
    });
  }
}
