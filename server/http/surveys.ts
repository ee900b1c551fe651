import { Router, type Request, type Response } from 'express';
import type {
  Survey,
  SurveyForVisitor,
  SurveyReceipt,
  SurveyResults,
} from '../../protocol/index.ts';
import {
  surveyExportQuerySchema,
  surveyIdParamsSchema,
  surveyResponseSchema,
  surveySaveSchema,
  surveyStatusSchema,
} from '../../protocol/schemas/surveys.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createSurvey } from '../services/surveys/create.ts';
import { exportSurvey } from '../services/surveys/export.ts';
import { getSurvey, listSurveys } from '../services/surveys/list.ts';
import { respondToSurvey } from '../services/surveys/respond.ts';
import { surveyResults } from '../services/surveys/results.ts';
import { saveSurvey } from '../services/surveys/save.ts';
import { changeSurveyStatus } from '../services/surveys/status.ts';
import { surveyForVisitor } from '../services/surveys/visitor.ts';
import { noStore } from './no-store.ts';
import { parseInput } from './parse-input.ts';
import { signedInAgent } from './require-agent.ts';
import { requireVisitor, signedInVisitor } from './require-visitor.ts';
import { sameOriginJson } from './same-origin.ts';
import { sendDownload } from './send-download.ts';

const idOf = (req: Request) => parseInput(surveyIdParamsSchema, req.params).id;

/**
 * 专项调查 for admins: build, edit, publish, read the results, download the answers. Behind the
 * admin guard in admin.ts; every change refreshes the invites in the widget config.
 */
export function adminSurveysRouter(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'events'>,
): Router {
  const router = Router();
  const me = (res: Response) => signedInAgent(res).agent.id;

  router.get('/api/admin/surveys', async (_req, res) => {
    res.json({ surveys: await listSurveys(deps) } satisfies { surveys: Survey[] });
  });

  router.post('/api/admin/surveys', async (req, res) => {
    const input = parseInput(surveySaveSchema, req.body);
    const survey = await createSurvey(deps, me(res), input);
    res.status(201).json({ survey } satisfies { survey: Survey });
  });

  router.get('/api/admin/surveys/:id', async (req, res) => {
    res.json({ survey: await getSurvey(deps, idOf(req)) } satisfies { survey: Survey });
  });

  router.put('/api/admin/surveys/:id', async (req, res) => {
    const id = idOf(req);
    const input = parseInput(surveySaveSchema, req.body);
    res.json({ survey: await saveSurvey(deps, id, input) } satisfies { survey: Survey });
  });

  router.post('/api/admin/surveys/:id/status', async (req, res) => {
    const id = idOf(req);
    const input = parseInput(surveyStatusSchema, req.body);
    res.json({ survey: await changeSurveyStatus(deps, id, input) } satisfies { survey: Survey });
  });

  router.get('/api/admin/surveys/:id/results', async (req, res) => {
    res.json((await surveyResults(deps, idOf(req))) satisfies SurveyResults);
  });

  router.get('/api/admin/surveys/:id/export', async (req, res) => {
    const id = idOf(req);
    const { format } = parseInput(surveyExportQuerySchema, req.query);
    const file = await exportSurvey(deps, me(res), id, format);
    await sendDownload(res, file);
  });
  return router;
}

/** The widget's side: an open survey, and the visitor's answers (their token, as for files). */
export function surveysRouter(deps: Pick<ServiceDeps, 'store' | 'clock'>): Router {
  const router = Router();
  router.use('/api/surveys', sameOriginJson(), requireVisitor(deps), noStore);

  router.get('/api/surveys/:id', async (req, res) => {
    const survey = await surveyForVisitor(deps, signedInVisitor(res), idOf(req));
    res.json(survey satisfies SurveyForVisitor);
  });

  router.post('/api/surveys/:id/responses', async (req, res) => {
    const id = idOf(req);
    const input = parseInput(surveyResponseSchema, req.body);
    const { receipt, created } = await respondToSurvey(deps, signedInVisitor(res), id, input);
    res.status(created ? 201 : 200).json(receipt satisfies SurveyReceipt);
  });
  return router;
}
