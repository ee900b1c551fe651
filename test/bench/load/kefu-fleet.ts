import { io } from 'socket.io-client';
import { AGENT_NAMESPACE, VISITOR_NAMESPACE } from '../../../protocol/index.ts';
import { signIn, type AgentSocket } from '../../helpers/agent-client.ts';
import {
  connected,
  createSession,
  socketOptions,
  type VisitorSocket,
} from '../../helpers/visitor-client.ts';
import { ACK_TIMEOUT_MS, holding, inBatches, sender, within, type Fleet } from './fleet.ts';
import { AGENT_PASSWORD, agentEmail } from './ipc.ts';

/** Agents first, so routing has someone online; then visitors in batches of this many. */
const VISITOR_BATCH = 50;
const SETUP_TIMEOUT_MS = 180_000;

/**
 * Signs every agent in over REST and opens one console socket each (connecting makes them
 * online); then each visitor gets a session, opens the chat socket and asks for a person, and
 * waits until routing gave the chat to an agent. `arrived` hears each visitor message an
 * agent receives.
 */
export async function kefuFleet(
  url: string,
  visitors: number,
  agents: number,
  arrived: (clientId: string) => void,
): Promise<Fleet> {
  const consoles = await inBatches(agents, 10, async (i) => {
    const cookie = await signIn(url, { email: agentEmail(i), password: AGENT_PASSWORD });
    const socket: AgentSocket = io(`${url}${AGENT_NAMESPACE}`, {
      ...socketOptions({}),
      extraHeaders: { cookie },
    });
    const online = new Promise<void>((resolve) =>
      socket.on('status.changed', ({ status }) => status === 'online' && resolve()),
    );
    socket.on('message.created', (m) => {
      if (m.author === 'visitor' && m.clientId) arrived(m.clientId);
    });
    await connected(socket);
    await within(online, SETUP_TIMEOUT_MS, `agent ${i} online`);
    return socket;
  });

  const chats = await inBatches(visitors, VISITOR_BATCH, async (i) => {
    const session = await createSession(url, 'en');
    const socket: VisitorSocket = io(
      `${url}${VISITOR_NAMESPACE}`,
      socketOptions({ token: session.token, lang: 'en' }),
    );
    const active = new Promise<void>((resolve) =>
      socket.on('conversation.updated', (s) => s.status === 'active' && resolve()),
    );
    await connected(socket);
    const ack = await socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('handoff.request', { clientId: `handoff-${i}` });
    if (!ack.ok) throw new Error(`visitor ${i}: handoff refused: ${ack.error.message}`);
    return { socket, active };
  });
  await within(
    Promise.all(chats.map((c) => c.active)),
    SETUP_TIMEOUT_MS,
    'every chat assigned to an agent',
  );

  return {
    senders: chats.map((c) => sender(c.socket)),
    ...holding([...consoles, ...chats.map((c) => c.socket)]),
  };
}
