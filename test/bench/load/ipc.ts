/** What the parent and a server child say to each other over the IPC channel. */

export type ToChild =
  | { type: 'usage' }
  /** The child's CPU between two Date.now() times. */
  | { type: 'cpu'; from: number; to: number }
  | { type: 'stop' }
  /** Start a CPU profile; `profile-stop` writes it to `file`. */
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string };

/** A server child's memory, and its event-loop delay since the previous request. */
export interface Usage {
  rssBytes: number;
  /** Peak RSS of the process so far, as the OS counts it. */
  maxRssBytes: number;
  loopDelayP99Ms: number;
}

export type FromChild =
  | { type: 'ready'; port: number }
  | ({ type: 'usage' } & Usage)
  | { type: 'cpu'; percent: number }
  | { type: 'stopped' }
  | { type: 'profiled' };

/** How the Kefu child names the agents it creates, and their shared password. */
export const agentEmail = (i: number) => `load-agent-${i}@kefu.load`;
export const AGENT_PASSWORD = 'load-test-password';
