import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Express } from 'express';
import { Server } from 'socket.io';
import type { FaqIndex } from '../knowledge/index.ts';
import { addressKey, clientAddress, type TrustProxy } from './abuse/address.ts';
import { ConnectionGate } from './abuse/connections.ts';
import { MAX_SOCKET_FRAME_BYTES } from './abuse/limits.ts';
import { isOwnOrigin } from './abuse/origin.ts';
import { RateLimits } from './abuse/rate-limits.ts';
import type { Clock } from './clock.ts';
import type { ClusterLink } from './cluster/redis-link.ts';
import { shareChanges } from './cluster/share-changes.ts';
import type { Config } from './config.ts';
import { createHttpApp } from './http/app.ts';
import type { Logger } from './logger.ts';
import { alone } from './realtime/acknowledge.ts';
import { setUpAgentNamespace } from './realtime/agent/namespace.ts';
import { broadcastToAgents } from './realtime/processors/agent-broadcast.ts';
import { broadcastTicketNotices } from './realtime/processors/ticket-broadcast.ts';
import { moveEditedAgentTabs } from './realtime/processors/agent-rooms.ts';
import { endSignedOutTabs } from './realtime/processors/session-end.ts';
import { broadcastQueues } from './realtime/processors/queue-broadcast.ts';
import { broadcastToVisitors } from './realtime/processors/visitor-broadcast.ts';
import { endErasedVisitorTabs } from './realtime/processors/visitor-erased.ts';
import { reconnectMergedVisitorTabs } from './realtime/processors/visitor-merged.ts';
import type { VisitorServer } from './realtime/visitor/types.ts';
import { setUpVisitorNamespace } from './realtime/visitor/namespace.ts';
import { AGENT_OFFLINE_GRACE_MS } from './services/agents/presence.ts';
import { RetentionJob } from './services/data-care/retention-job.ts';
import { smtpMailer } from './services/mail/smtp-mailer.ts';
import { TicketDeadlineJob } from './services/tickets/deadline-job.ts';
import { ReplyMail } from './services/tickets/reply-mail.ts';
import { redeliverChatReplies, replyToChatsOnEvents } from './services/tickets/reply-to-chat.ts';
import type { ServiceDeps } from './services/deps.ts';
import { DomainEvents } from './services/events.ts';
import { recordGapsOnEvents } from './services/faq/gaps/record-on-events.ts';
import { QueueRouter } from './services/queue/route.ts';
import { routeOnEvents } from './services/queue/route-on-events.ts';
import { SearchIndexer } from './services/transcripts/search-index.ts';
import type { LiveWidgetSettings } from './services/widget/live.ts';
import { ATTACHMENTS_FOLDER, directoryFiles } from './store/files/directory-files.ts';
import type { AttachmentFiles } from './store/types/attachment-files.ts';
import type { Store } from './store/types.ts';
import { systemTimers, type Timers } from './timers.ts';

export interface AppDeps {
  config: Config;
  store: Store;
  faq: FaqIndex;
  clock: Clock;
  logger: Logger;
  /** The widget settings in force, loaded from the store at start-up (`loadWidgetSettings`). */
  widget: LiveWidgetSettings;
  /** Default: real timers. Tests pass their fake clock to move time instead of waiting. */
  timers?: Timers;
  /** Where attachment bytes go; default a directory under DATA_DIR. */
  files?: AttachmentFiles;
  /** Joins this node to the others (KEFU_REDIS_URL); closed with the app. Default: one node. */
  cluster?: ClusterLink;
}

export interface App {
  httpServer: HttpServer;
  /** The Express app behind httpServer: its routes, e.g. for the authorisation tests. */
  http: Express;
  io: VisitorServer;
  /** Starts listening on `port` (default: the configured one; 0 = any free port). */
  listen(port?: number): Promise<{ port: number; url: string }>;
  /** Disconnects every socket and stops the HTTP server. The store stays open: its owner closes it. */
  close(): Promise<void>;
}

/** Express and Socket.IO on one HTTP server. Nothing happens until `listen`. */
export function createApp(deps: AppDeps): App {
  const { config, logger } = deps;
  const events = new DomainEvents(logger);
  const services: ServiceDeps = {
    store: deps.store,
    faq: deps.faq,
    handoffPhrases: deps.widget.handoffPhrases,
    widget: deps.widget,
    clock: deps.clock,
    events,
    files:
      deps.files ?? deps.store.files ?? directoryFiles(join(config.dataDir, ATTACHMENTS_FOLDER)),
  };
  const rates = new RateLimits(config.limits, deps.cluster?.redis);
  const http = createHttpApp(config, services, logger, rates);
  const httpServer = createServer(http);
  // Sockets read the client's address and origin by Express's own 'trust proxy' rule.
  const trust: TrustProxy = http.get('trust proxy fn');
  const addressOf = (req: IncomingMessage) => addressKey(clientAddress(req, trust));
  const gate = new ConnectionGate(config.limits.addressConnections, addressOf, (origin, req) =>
    isOwnOrigin(origin, req, trust),
  );
  const io: VisitorServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_SOCKET_FRAME_BYTES,
    allowRequest: gate.allowRequest,
    ...(deps.cluster ? { adapter: deps.cluster.adapter } : {}),
  });
  gate.count(io.engine);
  // Long-polling answers carry chat text as text/plain and never pass through Express's helmet.
  io.engine.on('headers', (headers: Record<string, string>) => {
    headers['X-Content-Type-Options'] = 'nosniff';
  });
  const limits = { rates, addressOf };
  const acks = { logger, flushed: deps.cluster?.flushed ?? alone };
  const visitors = setUpVisitorNamespace(io, services, acks, limits);
  broadcastToVisitors(events, visitors, services, Boolean(deps.cluster));
  endErasedVisitorTabs(events, visitors);
  reconnectMergedVisitorTabs(events, visitors);
  const timers = deps.timers ?? systemTimers;
  const agents = setUpAgentNamespace(
    io,
    services,
    acks,
    { timers, graceMs: AGENT_OFFLINE_GRACE_MS, sweep: Boolean(deps.cluster) },
    limits,
  );
  broadcastToAgents(events, agents.nsp, services);
  broadcastTicketNotices(events, agents.nsp);
  broadcastQueues(events, visitors, agents.nsp, services, logger);
  endSignedOutTabs(events, agents.nsp);
  moveEditedAgentTabs(events, agents.nsp);
  const router = new QueueRouter(services, logger);
  routeOnEvents(events, router, services);
  const stopSweep = router.sweep(timers);
  recordGapsOnEvents(events, services);
  if (deps.cluster) shareChanges(events, io, services, logger);
  // Wall-clock timers even under a test's fake clock: keeping the search index current is
  // housekeeping, not a business deadline a test moves time for.
  const indexer = new SearchIndexer(services, systemTimers, logger);
  indexer.start();
  // The test clock's timers: a test moves time by days to see old transcripts go.
  const retention = new RetentionJob(services, timers, logger);
  events.on('retention.changed', (settings) => retention.follow(settings));
  const retentionStarted = retention.start().catch((err: unknown) => {
    logger.error({ err }, 'retention: reading the setting failed');
  });
  // The test clock's timers too: a test moves time by days to see tickets fall due.
  const ticketDeadlines = new TicketDeadlineJob(services, timers, logger);
  ticketDeadlines.start();
  // Off unless SMTP is configured; its retries wait on the test clock's timers as well.
  const replyMail = config.mail && new ReplyMail(services, smtpMailer(config.mail), timers, logger);
  replyMail?.listen(events);
  const mailResumed = replyMail?.resume().catch((err: unknown) => {
    logger.error({ err }, 'tickets: reply e-mails not resumed');
  });
  replyToChatsOnEvents(events, services, logger);
  const redelivered = redeliverChatReplies(services).then(
    (count) => count > 0 && logger.info({ count }, 'tickets: replies left in chats after restart'),
    (err: unknown) => logger.error({ err }, 'tickets: replies not left in chats after restart'),
  );

  return {
    httpServer,
    http,
    io,
    async listen(port = config.port) {
      // Start-up work (resumed e-mails and their timers, replies left in chats) is done before
      // the node takes traffic; each logs its own failure.
      await Promise.all([retentionStarted, mailResumed, redelivered]);
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, config.host, () => {
          httpServer.off('error', reject);
          const actual = (httpServer.address() as AddressInfo).port;
          resolve({ port: actual, url: `http://${displayHost(config.host)}:${actual}` });
        });
      });
    },
    async close() {
      await io.close();
      agents.stop();
      stopSweep();
      await router.idle();
      await indexer.stop();
      await retentionStarted;
      await retention.stop();
      await ticketDeadlines.stop();
      await mailResumed;
      await replyMail?.stop();
      await redelivered;
      await deps.cluster?.close();
    },
  };
}

/** A wildcard address is not something to type into a browser. */
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
