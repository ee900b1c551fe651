import compression from 'compression';
import express from 'express';
import { JSON_BODY_LIMIT } from '../abuse/limits.ts';
import type { RateLimits } from '../abuse/rate-limits.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { adminRouter } from './admin.ts';
import { attachmentsRouter } from './attachments.ts';
import { authRouter } from './auth.ts';
import { avatarsRouter } from './avatars.ts';
import { jsonErrors, notFound } from './errors.ts';
import { faqGapsRouter } from './faq-gaps.ts';
import { faqRouter } from './faq.ts';
import { faqTransferRouter } from './faq-transfer.ts';
import { healthRouter } from './health.ts';
import { leftMessagesRouter } from './left-messages.ts';
import { quickRepliesRouter } from './quick-replies.ts';
import { reportsRouter } from './reports.ts';
import { pageSecurity } from './security.ts';
import { settingsRouter } from './settings.ts';
import { staticRouter } from './static.ts';
import { surveysRouter } from './surveys.ts';
import { ticketsRouter } from './tickets.ts';
import { transcriptsRouter } from './transcripts.ts';
import { visitorSessionsRouter } from './visitor-sessions.ts';
import { visitorTranscriptRouter } from './visitor-transcript.ts';
import { widgetConfigRouter } from './widget-config.ts';

export function createHttpApp(
  config: Config,
  deps: ServiceDeps,
  logger: Logger,
  rates: RateLimits,
): express.Express {
  const app = express();
  const statics = staticRouter(config, deps.widget);
  app.disable('x-powered-by');
  // req.ip, req.secure (the Secure cookie) and the own-origin rule follow X-Forwarded-* only from these.
  app.set('trust proxy', config.trustProxy);
  app.use(compression());
  // The chat app has its own headers (framable by the embedding sites), so it comes first.
  app.get('/chat', ...statics.chat);
  app.use(pageSecurity());
  // Before the general body parser: FAQ entries are larger and parsed by the router itself.
  // The import and export routes must come before it too, or /api/faq/:id would take them.
  app.use(faqTransferRouter(deps));
  app.use(faqGapsRouter(deps));
  app.use(faqRouter(deps));
  // Raw file bodies, streamed by the router itself.
  app.use(attachmentsRouter(deps, rates));
  app.use(avatarsRouter(deps));
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(healthRouter(deps.store));
  app.use(visitorSessionsRouter(deps, rates));
  app.use(authRouter(deps));
  app.use(quickRepliesRouter(deps));
  app.use(leftMessagesRouter(deps));
  app.use(settingsRouter(deps));
  app.use(transcriptsRouter(deps));
  app.use(visitorTranscriptRouter(deps));
  app.use(ticketsRouter(deps));
  app.use(reportsRouter(deps));
  app.use(adminRouter(deps));
  app.use(surveysRouter(deps));
  app.use(widgetConfigRouter(deps));
  app.use(statics.router);
  app.use(notFound);
  app.use(jsonErrors(logger));
  return app;
}
