import type { Namespace, Server, Socket } from 'socket.io';
import type {
  ServerToVisitor,
  VisitorSocketData,
  VisitorToServer,
} from '../../../protocol/index.ts';

type NoServerEvents = Record<string, never>;

export type VisitorNamespace = Namespace<
  VisitorToServer,
  ServerToVisitor,
  NoServerEvents,
  VisitorSocketData
>;
export type VisitorSocket = Socket<
  VisitorToServer,
  ServerToVisitor,
  NoServerEvents,
  VisitorSocketData
>;

/**
 * The Socket.IO server typed with the visitor maps: socket.io cannot type namespaces apart
 * on one server, so /agent asserts its own maps once, in ../agent/types.ts.
 */
export type VisitorServer = Server<
  VisitorToServer,
  ServerToVisitor,
  NoServerEvents,
  VisitorSocketData
>;
