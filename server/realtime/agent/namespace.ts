import type { Logger } from '../../logger.ts';
import { followedBy } from '../../services/agent/follow.ts';
import { agentArrived, agentLeft } from '../../services/agents/presence.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import type { Timers } from '../../timers.ts';
import type { Acks } from '../acknowledge.ts';
import { rooms } from '../rooms.ts';
import { throttleAgent, type SocketLimits } from '../throttle.ts';
import type { VisitorServer } from '../visitor/types.ts';
import { registerAgentHandlers } from './handlers.ts';
import { authenticate } from './middleware.ts';
import { sweepPresence } from './presence-sweep.ts';
import { SessionWatch } from './session-watch.ts';
import { ConsoleTabs } from './tabs.ts';
import { agentNamespaceOf, type AgentNamespace, type AgentSocket } from './types.ts';

export interface PresenceOptions {
  timers: Timers;
  /** How long after the last tab closes an agent goes offline. */
  graceMs: number;
  /** In a cluster: look for agents stored online with no tab on any node (presence-sweep.ts). */
  sweep: boolean;
}

/** The console namespace; `stop()` cancels pending offline timers on shutdown. */
export function setUpAgentNamespace(
  io: VisitorServer,
  deps: ServiceDeps,
  acks: Acks,
  presence: PresenceOptions,
  limits: SocketLimits,
): { nsp: AgentNamespace; stop: () => void } {
  const { logger } = acks;
  const nsp = agentNamespaceOf(io);
  // The agent's last tab on this node closed: gone only if no node has a tab of theirs.
  const tabs = new ConsoleTabs(presence.timers, presence.graceMs, (agentId) => {
    nsp
      .in(rooms.agent(agentId))
      .fetchSockets()
      .then((elsewhere) => (elsewhere.length > 0 ? undefined : agentLeft(deps, agentId)))
      .catch((err: unknown) => logger.error({ err, agentId }, 'could not mark the agent offline'));
  });
  const sessions = new SessionWatch(deps, presence.timers, logger);
  const stopSweep = presence.sweep
    ? sweepPresence(nsp, deps, presence.timers, logger)
    : () => undefined;
  nsp.use(authenticate(deps, logger));
  nsp.on('connection', (socket) => {
    const { agentId, sessionId } = socket.data;
    socket.join(rooms.session(sessionId));
    tabs.opened(agentId);
    socket.on('disconnect', () => tabs.closed(agentId));
    // Before the session check, so a flood is refused without reading the database.
    throttleAgent(socket, limits, logger);
    sessions.watch(socket);
    registerAgentHandlers(socket, deps, acks);
    arrive(socket, deps, logger);
  });
  return {
    nsp,
    stop: () => {
      tabs.stop();
      sessions.stop();
      stopSweep();
    },
  };
}

/**
 * Marks the agent present, then tells this tab the status. The tab joins its rooms (the agent,
 * its queues, its chats) only afterwards, so it hears its own arrival once, and every later
 * change from any tab.
 */
function arrive(socket: AgentSocket, deps: ServiceDeps, logger: Logger): void {
  const { agentId } = socket.data;
  Promise.all([agentArrived(deps, agentId), followedBy(deps, agentId)]).then(
    ([result, followed]) => {
      if (!socket.connected) return;
      socket.join([
        rooms.agent(agentId),
        ...(followed.queues ? followed.queues.map(rooms.queue) : [rooms.allQueues]),
        ...followed.conversations.map(rooms.conversation),
      ]);
      socket.emit('status.changed', result);
    },
    (err: unknown) => {
      logger.error({ err, agentId }, 'could not mark the agent online');
      socket.disconnect(true);
    },
  );
}
