import { Router, type Request } from 'express';
import { pipeline } from 'node:stream/promises';
import { ATTACHMENT_UPLOAD_TYPE } from '../../protocol/index.ts';
import { avatarUploadQuerySchema } from '../../protocol/schemas/attachments.ts';
import { serverIdSchema } from '../../protocol/schemas/common.ts';
import { openAvatar, removeAgentAvatar, setAgentAvatar } from '../services/agents/avatar.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { sendRefusal, settleUnreadBody, uploadOf } from './attachment-io.ts';
import { sendError } from './errors.ts';
import { noStore } from './no-store.ts';
import { parseInput } from './parse-input.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { sameOrigin, sameOriginJson } from './same-origin.ts';

const idOf = (req: Request) => parseInput(serverIdSchema, req.params.id);

/**
 * Agents' profile photos. Uploads are the raw image (`application/octet-stream`, as for
 * attachments); the agent sets their own, an admin anyone's. The photo itself is public, since
 * visitors' widgets show it, under a key that is new per upload: cached for good, and gone
 * once replaced, removed or its agent deactivated.
 */
export function avatarsRouter(deps: ServiceDeps): Router {
  const router = Router();
  const agent = requireAgent(deps);

  router.put(
    '/api/agents/:id/avatar',
    settleUnreadBody,
    sameOrigin([ATTACHMENT_UPLOAD_TYPE]),
    noStore,
    agent,
    async (req, res) => {
      const agentId = idOf(req);
      const { name } = parseInput(avatarUploadQuerySchema, req.query);
      try {
        const upload = uploadOf(req, { clientId: '', name });
        res.json(await setAgentAvatar(deps, signedInAgent(res).agent, agentId, upload));
      } catch (err) {
        if (!sendRefusal(res, err)) throw err;
      }
    },
  );

  router.delete('/api/agents/:id/avatar', sameOriginJson(), noStore, agent, async (req, res) => {
    await removeAgentAvatar(deps, signedInAgent(res).agent, idOf(req));
    res.status(204).end();
  });

  router.get('/api/avatars/:id', async (req, res) => {
    const key = idOf(req);
    const photo = await openAvatar(deps, key);
    if (!photo) return sendError(res, 404, 'not_found', 'No such photo.');
    res.set({
      'Content-Type': photo.type,
      'Content-Length': String(photo.size),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${key}"`,
    });
    if (req.fresh) {
      photo.body.destroy();
      return res.status(304).end();
    }
    await pipeline(photo.body, res);
  });

  return router;
}
