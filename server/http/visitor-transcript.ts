import { Router } from 'express';
import { visitorTranscriptQuerySchema } from '../../protocol/schemas/transcripts.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { visitorTranscriptFile } from '../services/transcripts/visitor-file.ts';
import { noStore } from './no-store.ts';
import { parseInput } from './parse-input.ts';
import { requireVisitor, signedInVisitor } from './require-visitor.ts';
import { sameOriginJson } from './same-origin.ts';

/**
 * 下载聊天记录: the visitor's own chats as a file. The token comes as `Authorization: Bearer`,
 * so the chat fetches it and saves the blob; a plain link could not carry it.
 */
export function visitorTranscriptRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  router.get(
    '/api/visitor/transcript',
    sameOriginJson(),
    requireVisitor(deps),
    noStore,
    async (req, res) => {
      const input = parseInput(visitorTranscriptQuerySchema, req.query);
      const file = await visitorTranscriptFile(
        deps,
        signedInVisitor(res),
        input.format,
        input.lang,
      );
      res.attachment(file.filename);
      res.type(file.contentType);
      res.send(file.body);
    },
  );
  return router;
}
