import type { IncomingMessage } from 'node:http';

/** Socket.IO's `allowRequest` callback: an error message and whether to let the request in. */
type Allow = (err: string | null | undefined, success: boolean) => void;

/** What the gate needs of an Engine.IO connection. */
interface EngineConnection {
  request: IncomingMessage;
  once(event: 'close', listener: () => void): unknown;
}

interface Engine {
  on(event: 'connection', listener: (connection: EngineConnection) => void): unknown;
}

/**
 * Checks a new Socket.IO connection at the engine, before any namespace and before a WebSocket
 * is opened: a browser page (it sends Origin) must be Kefu's own, which stops another site from
 * opening a signed-in console's socket (cross-site WebSocket hijacking); and one address may hold
 * at most `max` connections at once. A refused handshake is answered by Engine.IO: 403 with
 * `{"code":4,"message":"forbidden_origin"}` on HTTP long-polling, 400 with the message as the
 * body on a WebSocket upgrade; the client sees a connect_error.
 */
export class ConnectionGate {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly addressOf: (req: IncomingMessage) => string,
    private readonly isOwnOrigin: (origin: string, req: IncomingMessage) => boolean,
  ) {}

  /** Socket.IO's `allowRequest` option: runs on every handshake, long-polling or WebSocket. */
  readonly allowRequest = (req: IncomingMessage, allow: Allow): void => {
    const { origin } = req.headers;
    if (origin !== undefined && !this.isOwnOrigin(origin, req)) {
      return allow('forbidden_origin', false);
    }
    if ((this.open.get(this.addressOf(req)) ?? 0) >= this.max) {
      return allow('too_many_connections', false);
    }
    allow(null, true);
  };

  /** Counts the engine's connections per address as they open and close. */
  count(engine: Engine): void {
    engine.on('connection', (connection) => {
      const address = this.addressOf(connection.request);
      this.open.set(address, (this.open.get(address) ?? 0) + 1);
      connection.once('close', () => {
        const left = (this.open.get(address) ?? 1) - 1;
        if (left > 0) this.open.set(address, left);
        else this.open.delete(address);
      });
    });
  }
}
