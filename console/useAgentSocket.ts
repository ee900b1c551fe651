import { useEffect, useRef, useState } from 'preact/hooks';
import { io } from 'socket.io-client';
import { AGENT_NAMESPACE, type AgentStatus } from '../protocol/agent.ts';
import { ask, type AgentSocket } from './socket.ts';

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

export interface AgentConnection {
  socket: AgentSocket;
  presence: AgentPresence;
  /**
   * Counts the connections the server has finished setting up: it joins a tab to its queues
   * and chats right before the first `status.changed`, so lists loaded when this moves miss
   * nothing, after the first connect and after every reconnect.
   */
  epoch: number;
}

const RETRY_MS = 3_000;

/**
 * The console's one /agent socket (the session cookie goes with the same-origin handshake)
 * and the agent's status as the server reports it to every tab. It connects once the
 * component's effects have run, so every hook's listeners are in place before the first
 * event. `onSignedOut` runs when the server no longer accepts the session.
 */
export function useAgentSocket(onSignedOut: () => void): AgentConnection {
  const [socket] = useState<AgentSocket>(() => io(AGENT_NAMESPACE, { autoConnect: false }));
  const [link, setLink] = useState<Link>('connecting');
  const [status, setStatus] = useState<AgentStatus | null>(null);
  const [failed, setFailed] = useState(false);
  const [epoch, setEpoch] = useState(0);
  // Read when it fires: a new callback must not reopen the socket.
  const signedOut = useRef(onSignedOut);
  signedOut.current = onSignedOut;

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let fresh = false;
    const lost = () => {
      setLink('down');
      setStatus(null);
    };
    socket.on('connect', () => {
      fresh = true;
      setLink('up');
    });
    socket.on('status.changed', (change) => {
      setStatus(change.status);
      if (fresh) setEpoch((n) => n + 1);
      fresh = false;
    });
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
    socket.connect();
    return () => {
      clearTimeout(retry);
      socket.off();
      socket.close();
    };
  }, [socket]);

  function choose(next: 'online' | 'away'): void {
    if (!socket.connected) return;
    setFailed(false);
    void ask(socket, 'status.set', { status: next }).then((reply) => {
      if (reply.ok) setStatus(reply.data.status);
      else setFailed(true);
    });
  }

  return { socket, presence: { link, status, failed, choose }, epoch };
}
