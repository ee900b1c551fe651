/**
 * Child process: the baseline. A bare Socket.IO server with no storage, no routing and no
 * validation: a visitor socket names its agent in the handshake; each `message.send` is acked
 * at once and emitted to that agent's room, with a message object shaped like Kefu's.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { serveIpc } from './serve-ipc.ts';

interface Sent {
  clientId: string;
  body: string;
}
type Ack = (answer: { ok: true; data: object }) => void;

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 64_000 });
const agents = io.of('/agent');
let seq = 0;

const agentOf = (socket: Socket) => String((socket.handshake.auth as { agent?: unknown }).agent);

agents.on('connection', (socket) => {
  void socket.join(`agent:${agentOf(socket)}`);
});
io.of('/visitor').on('connection', (socket) => {
  const room = `agent:${agentOf(socket)}`;
  socket.on('message.send', (input: Sent, ack: Ack) => {
    seq += 1;
    const message = {
      id: `m${seq}`,
      conversationId: socket.id,
      seq,
      clientId: input.clientId,
      author: 'visitor',
      kind: 'text',
      body: input.body,
      createdAt: new Date().toISOString(),
    };
    ack({ ok: true, data: message });
    agents.to(room).emit('message.created', message);
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  serveIpc((httpServer.address() as AddressInfo).port, async () => {
    await io.close();
  });
});
