import { VISITOR_NAMESPACE } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import type { Acks } from '../acknowledge.ts';
import { throttleVisitor, type SocketLimits } from '../throttle.ts';
import { registerVisitorHandlers } from './handlers.ts';
import { authenticate, joinRooms } from './middleware.ts';
import type { VisitorNamespace, VisitorServer } from './types.ts';

export function setUpVisitorNamespace(
  io: VisitorServer,
  deps: ServiceDeps,
  acks: Acks,
  limits: SocketLimits,
): VisitorNamespace {
  const { logger } = acks;
  const nsp = io.of(VISITOR_NAMESPACE);
  nsp.use(authenticate(deps, logger));
  nsp.use(joinRooms(deps, logger));
  nsp.on('connection', (socket) => {
    throttleVisitor(socket, limits, logger);
    registerVisitorHandlers(socket, deps, acks);
  });
  return nsp;
}
