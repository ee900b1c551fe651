import { Router, type Request, type Response } from 'express';
import type { Language, MonthlyReport } from '../../protocol/index.ts';
import { reportQuerySchema } from '../../protocol/schemas/report.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { buildReport } from '../services/reports/build-report.ts';
import { reportWorkbook } from '../services/reports/export-xlsx.ts';
import { reportFileBase } from '../services/reports/file-name.ts';
import { PRINTABLE_CSP, renderPrintableReport } from '../services/reports/printable.ts';
import { noStore } from './no-store.ts';
import { parseInput } from './parse-input.ts';
import { requireAgent, signedInAgent } from './require-agent.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report asked for, and the language of its labels: as asked, else the admin's own. */
async function reportFor(
  deps: Pick<ServiceDeps, 'store' | 'faq' | 'clock'>,
  req: Request,
  res: Response,
): Promise<{ report: MonthlyReport; lang: Language }> {
  const query = parseInput(reportQuerySchema, req.query);
  const report = await buildReport(deps, query);
  return { report, lang: query.lang ?? signedInAgent(res).agent.lang };
}

/** The monthly consultation analysis (月度咨询分析), admins only: as JSON, XLSX and a printable page. */
export function reportsRouter(deps: Pick<ServiceDeps, 'store' | 'faq' | 'clock'>): Router {
  const router = Router();
  router.use('/api/reports', requireAgent(deps, 'admin'), noStore);

  router.get('/api/reports', async (req, res) => {
    res.json((await reportFor(deps, req, res)).report satisfies MonthlyReport);
  });

  router.get('/api/reports/report.xlsx', async (req, res) => {
    const { report, lang } = await reportFor(deps, req, res);
    const body = await reportWorkbook(report, lang);
    res.attachment(`${reportFileBase(report.period)}.xlsx`);
    res.type(XLSX_TYPE);
    res.send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  });

  router.get('/api/reports/report.html', async (req, res) => {
    const { report, lang } = await reportFor(deps, req, res);
    // The page carries no script: its own policy lets its inline styles through.
    res.set('Content-Security-Policy', PRINTABLE_CSP);
    res.type('html').send(renderPrintableReport(report, lang));
  });
  return router;
}
