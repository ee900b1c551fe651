import { io } from 'socket.io-client';
import { connected, socketOptions } from '../../helpers/visitor-client.ts';
import { holding, inBatches, sender, type Fleet } from './fleet.ts';

/** Visitor i talks to agent i mod agents, as fixed pairs: the bare server does no routing. */
export async function bareFleet(
  url: string,
  visitors: number,
  agents: number,
  arrived: (clientId: string) => void,
): Promise<Fleet> {
  const consoles = await inBatches(agents, 10, async (i) => {
    const socket = io(`${url}/agent`, socketOptions({ agent: i }));
    socket.on('message.created', (m: { clientId: string }) => arrived(m.clientId));
    return connected(socket);
  });
  const chats = await inBatches(visitors, 50, (i) =>
    connected(io(`${url}/visitor`, socketOptions({ agent: i % agents }))),
  );
  return { senders: chats.map(sender), ...holding([...consoles, ...chats]) };
}
