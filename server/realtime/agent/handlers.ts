import { statusSetSchema } from '../../../protocol/schemas/agent.ts';
import type { Logger } from '../../logger.ts';
import { setAgentStatus } from '../../services/agents/presence.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { acknowledge } from '../acknowledge.ts';
import type { AgentSocket } from './types.ts';

/** One line per event: validate, then one use case for the signed-in agent. */
export function registerAgentHandlers(
  socket: AgentSocket,
  deps: ServiceDeps,
  logger: Logger,
): void {
  const { agentId } = socket.data;
  socket.on(
    'status.set',
    acknowledge(logger, 'status.set', statusSetSchema, (input) =>
      setAgentStatus(deps, agentId, input),
    ),
  );
}
