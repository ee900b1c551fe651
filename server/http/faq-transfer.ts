import express, { Router, type Response } from 'express';
import { FAQ_FILE_TYPES } from '../../knowledge/io/index.ts';
import type { ImportReport } from '../../protocol/index.ts';
import {
  faqExportQuerySchema,
  faqImportQuerySchema,
  faqTemplateQuerySchema,
} from '../../protocol/schemas/faq-transfer.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { applyImport } from '../services/faq/transfer/apply.ts';
import { exportFaq, faqTemplateFile, type FaqDownload } from '../services/faq/transfer/export.ts';
import { planImport } from '../services/faq/transfer/plan.ts';
import { sendError } from './errors.ts';
import { noStore } from './no-store.ts';
import { parseInput } from './parse-input.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';
import { sameOrigin } from './same-origin.ts';

/** 10,000 entries with long answers fit well inside; the app's 16 kB JSON limit does not apply here. */
const FILE_LIMIT = '20mb';

/**
 * The body types an upload may name: each format's own, and the generic one a browser gives
 * a file it has no type for. None of them can be sent by another site's form without a preflight.
 */
const UPLOAD_TYPES = [
  ...new Set(Object.values(FAQ_FILE_TYPES).map((t) => t.split(';')[0] ?? t)),
  'application/octet-stream',
];

function download(res: Response, file: FaqDownload): void {
  res.attachment(file.filename);
  res.type(file.contentType);
  res.send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
}

/** Knowledge-base files, admins only: export, the template to fill in, and import (dry run, then apply). */
export function faqTransferRouter(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'faq' | 'events'>,
): Router {
  const router = Router();
  const admin = requireAgent(deps, 'admin');

  router.get('/api/faq/export', admin, noStore, async (req, res) => {
    const input = parseInput(faqExportQuerySchema, req.query);
    download(res, await exportFaq(deps, input.format));
  });

  router.get('/api/faq/template', admin, noStore, async (req, res) => {
    const input = parseInput(faqTemplateQuerySchema, req.query);
    download(res, await faqTemplateFile(input.format));
  });

  router.post(
    '/api/faq/import',
    sameOrigin(UPLOAD_TYPES),
    admin,
    noStore,
    // Read only once the admin check passed: strangers cannot make us buffer 20 MB.
    express.raw({ type: UPLOAD_TYPES, limit: FILE_LIMIT }),
    async (req, res) => {
      const input = parseInput(faqImportQuerySchema, req.query);
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        return sendError(res, 400, 'invalid_input', 'Send the file as the request body.');
      }
      const { format, apply } = input;
      const report = apply
        ? await applyImport(deps, signedInAgent(res).agent.id, req.body, format)
        : await planImport(deps, req.body, format);
      res.json(report satisfies ImportReport);
    },
  );
  return router;
}
