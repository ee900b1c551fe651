import { Router, type Request } from 'express';
import type { AgentAdmin, AgentCreated, PasswordReset } from '../../protocol/index.ts';
import {
  agentCreateSchema,
  agentUpdateSchema,
  passwordResetSchema,
} from '../../protocol/schemas/admin.ts';
import { createAgent } from '../services/agents/create-agent.ts';
import { deactivateAgent, reactivateAgent } from '../services/agents/deactivate.ts';
import { listAgents } from '../services/agents/list-agents.ts';
import { resetPassword } from '../services/agents/reset-password.ts';
import { updateAgent } from '../services/agents/update-agent.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { checkIds, parseInput } from './parse-input.ts';
import { signedInAgent } from './require-agent.ts';

/** A guard before the handler hides the path's parameters from Express's types. */
type ById = Request<{ id: string }>;

/** Console accounts (坐席); behind the admin guard in admin.ts. */
export function adminAgentsRouter(deps: ServiceDeps): Router {
  const router = Router();
  checkIds(router);

  router.get('/api/admin/agents', async (_req, res) => {
    res.json({ agents: await listAgents(deps) } satisfies { agents: AgentAdmin[] });
  });

  router.post('/api/admin/agents', async (req, res) => {
    const input = parseInput(agentCreateSchema, req.body);
    res.status(201).json((await createAgent(deps, input)) satisfies AgentCreated);
  });

  router.put('/api/admin/agents/:id', async (req: ById, res) => {
    const input = parseInput(agentUpdateSchema, req.body);
    const agent = await updateAgent(deps, req.params.id, input);
    res.json({ agent } satisfies { agent: AgentAdmin });
  });

  router.post('/api/admin/agents/:id/password', async (req: ById, res) => {
    const input = parseInput(passwordResetSchema, req.body ?? {});
    const actor = signedInAgent(res);
    const reset = await resetPassword(deps, actor, req.params.id, input);
    res.json(reset satisfies PasswordReset);
  });

  router.post('/api/admin/agents/:id/deactivate', async (req: ById, res) => {
    const agent = await deactivateAgent(deps, req.params.id);
    res.json({ agent } satisfies { agent: AgentAdmin });
  });

  router.post('/api/admin/agents/:id/reactivate', async (req: ById, res) => {
    const agent = await reactivateAgent(deps, req.params.id);
    res.json({ agent } satisfies { agent: AgentAdmin });
  });
  return router;
}
