import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP load balancer standing in for nginx in front of a cluster: each new connection goes to
 * the next backend round-robin, skipping one that refuses (a killed node), and the two sides
 * are piped both ways. When the backend side closes the client side closes too, so a killed
 * node's clients see their link drop and come back through here to a live node. Websocket-only
 * clients keep one connection for their whole session, so they need no sticky sessions.
 */
export class Balancer {
  /** Connections handed to each backend port, for a test to see the load spread. */
  readonly handed = new Map<number, number>();
  private next = 0;
  private readonly open = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly backends: () => readonly number[],
  ) {
    server.on('connection', (client) => this.accept(client));
  }

  /** Listens on a free port; `backends` is asked at each connection. */
  static async start(backends: () => readonly number[]): Promise<Balancer> {
    const balancer = new Balancer(createServer(), backends);
    await new Promise<void>((resolve) => balancer.server.listen(0, '127.0.0.1', resolve));
    return balancer;
  }

  get url(): string {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  /** Stops listening and drops every connection it still pipes. */
  async close(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.track(client);
    client.on('error', () => client.destroy());
    // Whatever the client sends before a backend is found waits in its stream.
    client.pause();
    const ports = this.backends();
    const start = this.next;
    this.next = (this.next + 1) % Math.max(ports.length, 1);
    this.tryBackend(client, ports, start, 0);
  }

  private tryBackend(client: Socket, ports: readonly number[], start: number, tried: number): void {
    if (client.destroyed) return;
    if (tried >= ports.length) return void client.destroy();
    const port = ports[(start + tried) % ports.length]!;
    const backend = createConnection({ host: '127.0.0.1', port });
    backend.once('error', () => this.tryBackend(client, ports, start, tried + 1));
    backend.once('connect', () => {
      backend.removeAllListeners('error');
      if (client.destroyed) return void backend.destroy();
      this.handed.set(port, (this.handed.get(port) ?? 0) + 1);
      this.pipe(client, backend);
    });
  }

  private pipe(client: Socket, backend: Socket): void {
    this.track(backend);
    // An error or a close on either side ends both: nothing is half-open behind a dead node.
    const end = () => {
      client.destroy();
      backend.destroy();
    };
    for (const socket of [client, backend]) {
      socket.on('error', end);
      socket.on('close', end);
    }
    client.pipe(backend);
    backend.pipe(client);
    client.resume();
  }

  private track(socket: Socket): void {
    this.open.add(socket);
    socket.on('close', () => this.open.delete(socket));
  }
}
