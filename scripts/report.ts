/**
 * `npm run report -- --month 2026-10 [--out reports/] [--lang zh-CN|en] [--data-dir ./data]`,
 * or `--from 2026-10-01 --to 2026-10-15` for a range of days: the monthly consultation analysis
 * (月度咨询分析) of the configured database, written as kefu-report-<period>.xlsx and .html.
 * Exit code 2 for bad usage.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../protocol/language.ts';
import { reportQuerySchema } from '../protocol/schemas/report.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { loadFaqIndex } from '../server/services/faq/bootstrap.ts';
import { buildReport } from '../server/services/reports/build-report.ts';
import { reportWorkbook } from '../server/services/reports/export-xlsx.ts';
import { reportFileBase } from '../server/services/reports/file-name.ts';
import { renderPrintableReport } from '../server/services/reports/printable.ts';
import { openStore } from '../server/store/open.ts';
import { DATABASE_FILE } from '../server/store/sqlite/open.ts';
import { describeIssue } from '../server/validation.ts';

const USAGE =
  'Usage: npm run report -- (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) [--out DIR] [--lang zh-CN|en] [--data-dir DIR]';

/** A mistake in how the command was called: shown with the usage, exit code 2. */
class UsageError extends Error {}

function parse() {
  try {
    return parseArgs({
      options: {
        month: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        lang: { type: 'string', default: DEFAULT_LANGUAGE },
        out: { type: 'string', default: '.' },
        'data-dir': { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function options() {
  const { month, from, to, lang, out, 'data-dir': dataDir } = parse();
  if (month !== undefined && (from !== undefined || to !== undefined)) {
    throw new UsageError('Give either --month or --from and --to, not both.');
  }
  if (month === undefined && (from === undefined || to === undefined)) {
    throw new UsageError('Name the period: --month YYYY-MM, or --from and --to (YYYY-MM-DD).');
  }
  if (!LANGUAGES.some((l) => l === lang))
    throw new UsageError(`--lang is ${LANGUAGES.join(' or ')}.`);
  const parsed = reportQuerySchema.safeParse(
    month !== undefined ? { month, lang } : { from, to, lang },
  );
  if (!parsed.success) throw new UsageError(describeIssue(parsed.error));
  return { query: parsed.data, lang: parsed.data.lang ?? DEFAULT_LANGUAGE, out, dataDir };
}

async function main(): Promise<void> {
  const args = options();
  const config = loadConfig({
    ...process.env,
    ...(args.dataDir !== undefined && { DATA_DIR: args.dataDir }),
  });
  // Opening a missing database would create an empty one and report nothing as if it were true.
  const file = join(config.dataDir, DATABASE_FILE);
  if (config.databaseUrl === null && !existsSync(file))
    throw new UsageError(`No Kefu database at ${file}: name the data directory with --data-dir.`);
  const store = await openStore(config, systemClock);
  try {
    const deps = { store, clock: systemClock };
    const faq = await loadFaqIndex(deps, null);
    const report = await buildReport({ ...deps, faq }, args.query);
    await mkdir(args.out, { recursive: true });
    const base = join(args.out, reportFileBase(report.period));
    await writeFile(`${base}.xlsx`, await reportWorkbook(report, args.lang));
    await writeFile(`${base}.html`, renderPrintableReport(report, args.lang));
    const { headline } = report;
    console.log(
      `${report.period.month ?? `${report.period.from} – ${report.period.to}`} (${report.period.timeZone}): ` +
        `${headline.conversations} conversations, ${headline.handoffs} handed off.\n` +
        `Wrote ${base}.xlsx and ${base}.html`,
    );
  } finally {
    await store.close();
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exitCode = 2;
}
