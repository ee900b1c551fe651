import { useEffect, useRef, useState } from 'preact/hooks';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  type AgentStatus,
  type AgentToServer,
  type ServerToAgent,
} from '../protocol/agent.ts';

type AgentSocket = Socket<ServerToAgent, AgentToServer>;

/** connecting: first handshake; up: connected; down: lost, Socket.IO is reconnecting. */
export type Link = 'connecting' | 'up' | 'down';

export interface AgentPresence {
  link: Link;
  /** What the server last said; null while not connected. */
  status: AgentStatus | null;
  /** True when the last change was not confirmed by the server. */
  failed: boolean;
  choose(status: 'online' | 'away'): void;
}

const ACK_MS = 8_000;
const RETRY_MS = 3_000;

/**
 * The console's /agent socket (the session cookie goes with the same-origin handshake) and
 * the agent's status as the server reports it to every tab. `onSignedOut` runs when the
 * server no longer accepts the session.
 */
export function useAgentStatus(onSignedOut: () => void): AgentPresence {
  const [link, setLink] = useState<Link>('connecting');
  const [status, setStatus] = useState<AgentStatus | null>(null);
  const [failed, setFailed] = useState(false);
  const socketRef = useRef<AgentSocket | null>(null);
  const signedOut = useRef(onSignedOut);
  signedOut.current = onSignedOut;

  useEffect(() => {
    const socket: AgentSocket = io(AGENT_NAMESPACE);
    socketRef.current = socket;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const lost = () => {
      setLink('down');
      setStatus(null);
    };
    socket.on('connect', () => setLink('up'));
    socket.on('status.changed', (change) => setStatus(change.status));
    socket.on('disconnect', (reason) => {
      lost();
      // Socket.IO reconnects by itself except when the server hung up on purpose.
      if (reason === 'io server disconnect') retry = setTimeout(() => socket.connect(), RETRY_MS);
    });
    socket.on('connect_error', (err) => {
      if (err.message === 'unauthorized') return signedOut.current();
      lost();
      // A refusal by the server's middleware is not retried by Socket.IO itself.
      if (!socket.active) retry = setTimeout(() => socket.connect(), RETRY_MS);
    });
    return () => {
      clearTimeout(retry);
      socket.close();
    };
  }, []);

  function choose(next: 'online' | 'away'): void {
    const socket = socketRef.current;
    if (!socket?.connected) return;
    setFailed(false);
    socket.timeout(ACK_MS).emit('status.set', { status: next }, (err, ack) => {
      if (!err && ack.ok) return setStatus(ack.data.status);
      setFailed(true);
    });
  }

  return { link, status, failed, choose };
}
