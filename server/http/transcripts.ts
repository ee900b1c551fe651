import { Router, type Request, type Response } from 'express';
import type { ConversationView, TranscriptList } from '../../protocol/index.ts';
import {
  transcriptExportQuerySchema,
  transcriptFileQuerySchema,
  transcriptQuerySchema,
} from '../../protocol/schemas/transcripts.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { exportTranscriptList, type ListFormat } from '../services/transcripts/list-export.ts';
import { openTranscript } from '../services/transcripts/open.ts';
import { searchTranscripts } from '../services/transcripts/search.ts';
import { transcriptFile, type TranscriptFormat } from '../services/transcripts/transcript-file.ts';
import { noStore } from './no-store.ts';
import { checkIds, parseInput } from './parse-input.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { sameOriginJson } from './same-origin.ts';
import { sendDownload } from './send-download.ts';

/** A guard before the handler hides the path's parameters from Express's types. */
type ById = Request<{ id: string }>;

function attachment(res: Response, file: { contentType: string; filename: string }): void {
  res.attachment(file.filename);
  res.type(file.contentType);
}

/** 会话记录: search every stored conversation the agent may read, read one, download them. */
export function transcriptsRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  checkIds(router);
  router.use('/api/transcripts', sameOriginJson(), requireAgent(deps), noStore);

  router.get('/api/transcripts', async (req, res) => {
    const input = parseInput(transcriptQuerySchema, req.query);
    const list = await searchTranscripts(deps, signedInAgent(res).agent.id, input);
    res.json(list satisfies TranscriptList);
  });

  // Before /:id, which would take "export.csv" for an id.
  for (const format of ['csv', 'xlsx'] satisfies ListFormat[]) {
    router.get(`/api/transcripts/export.${format}`, async (req, res) => {
      const input = parseInput(transcriptExportQuerySchema, req.query);
      const agentId = signedInAgent(res).agent.id;
      const file = await exportTranscriptList(deps, agentId, input, format);
      await sendDownload(res, file);
    });
  }

  router.get('/api/transcripts/:id', async (req: ById, res) => {
    const view = await openTranscript(deps, signedInAgent(res).agent.id, req.params.id);
    res.json(view satisfies ConversationView);
  });

  for (const format of ['html', 'txt'] satisfies TranscriptFormat[]) {
    router.get(`/api/transcripts/:id/transcript.${format}`, async (req: ById, res) => {
      const input = parseInput(transcriptFileQuerySchema, req.query);
      const agentId = signedInAgent(res).agent.id;
      const file = await transcriptFile(deps, agentId, req.params.id, format, input.lang);
      attachment(res, file);
      res.send(file.body);
    });
  }
  return router;
}
