import { Router, type Request } from 'express';
import { ATTACHMENT_UPLOAD_TYPE } from '../../protocol/index.ts';
import { attachmentUploadQuerySchema } from '../../protocol/schemas/attachments.ts';
import { serverIdSchema } from '../../protocol/schemas/common.ts';
import type { RateLimits } from '../abuse/rate-limits.ts';
import { agentSendAttachment } from '../services/attachments/agent-send.ts';
import { openAttachmentForAgent, openAttachmentForVisitor } from '../services/attachments/open.ts';
import { visitorSendAttachment } from '../services/attachments/visitor-send.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { sendAttachment, sendRefusal, settleUnreadBody, uploadOf } from './attachment-io.ts';
import { noStore } from './no-store.ts';
import { parseInput } from './parse-input.ts';
import { rateLimit, requestAddress } from './rate-limit.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { requireVisitor, signedInVisitor } from './require-visitor.ts';
import { sameOrigin } from './same-origin.ts';

const idOf = (req: Request) => parseInput(serverIdSchema, req.params.id);
/** Express hands middleware the request; the signed-in visitor is on its response. */
const visitorIdOf = (req: Request) => {
  if (!req.res) throw new Error('a request without its response');
  return signedInVisitor(req.res).visitorId;
};

/**
 * Files in the chat. Uploads are the raw file (`application/octet-stream`, which no other
 * site's form can send), name and clientId in the query, streamed to a size limit; the visitor
 * signs with their token (`Authorization: Bearer`), an agent with the console cookie. Downloads
 * go to the conversation's visitor and the agents who may read its transcript.
 */
export function attachmentsRouter(deps: ServiceDeps, rates: Pick<RateLimits, 'write'>): Router {
  const router = Router();
  const upload = [settleUnreadBody, sameOrigin([ATTACHMENT_UPLOAD_TYPE]), noStore];
  const visitor = requireVisitor(deps);

  router.post(
    '/api/visitor/attachments',
    ...upload,
    visitor,
    // A file counts as one of the visitor's writes, like a message.
    rateLimit(
      (req) => rates.write(visitorIdOf(req), requestAddress(req)),
      'You are sending too fast. Please wait a moment, then send again.',
    ),
    async (req, res) => {
      const input = parseInput(attachmentUploadQuerySchema, req.query);
      try {
        const message = await visitorSendAttachment(
          deps,
          signedInVisitor(res),
          uploadOf(req, input),
        );
        res.status(201).json({ message });
      } catch (err) {
        if (!sendRefusal(res, err)) throw err;
      }
    },
  );

  router.post(
    '/api/conversations/:id/attachments',
    ...upload,
    requireAgent(deps),
    async (req, res) => {
      const conversationId = idOf(req);
      const input = parseInput(attachmentUploadQuerySchema, req.query);
      const agentId = signedInAgent(res).agent.id;
      try {
        const upload = uploadOf(req, input);
        const message = await agentSendAttachment(deps, agentId, conversationId, upload);
        res.status(201).json({ message });
      } catch (err) {
        if (!sendRefusal(res, err)) throw err;
      }
    },
  );

  router.get('/api/visitor/attachments/:id', visitor, async (req, res) => {
    await sendAttachment(
      res,
      await openAttachmentForVisitor(deps, signedInVisitor(res), idOf(req)),
    );
  });

  router.get('/api/attachments/:id', requireAgent(deps), async (req, res) => {
    const agentId = signedInAgent(res).agent.id;
    await sendAttachment(res, await openAttachmentForAgent(deps, agentId, idOf(req)));
  });

  return router;
}
