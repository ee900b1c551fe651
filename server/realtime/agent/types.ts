import type { Namespace, Socket } from 'socket.io';
import type { AgentSocketData, AgentToServer, ServerToAgent } from '../../../protocol/index.ts';
import { AGENT_NAMESPACE } from '../../../protocol/index.ts';
import type { VisitorServer } from '../visitor/types.ts';

type NoServerEvents = Record<string, never>;

/** What the server keeps on a console socket; socket.data never goes to the client. */
export interface AgentSocketState extends AgentSocketData {
  /** The stored session id (the cookie token's hash), so signing out can end this socket. */
  sessionId: string;
}

export type AgentNamespace = Namespace<
  AgentToServer,
  ServerToAgent,
  NoServerEvents,
  AgentSocketState
>;
export type AgentSocket = Socket<AgentToServer, ServerToAgent, NoServerEvents, AgentSocketState>;

/**
 * The /agent namespace with its own event maps. socket.io types a whole Server with one set
 * of maps (the visitor's, see VisitorServer), so this is the one place the agent maps are
 * asserted; protocol/agent.ts is what both sides agree on.
 */
export function agentNamespaceOf(io: VisitorServer): AgentNamespace {
  return io.of(AGENT_NAMESPACE) as unknown as AgentNamespace;
}
