/**
 * `npm run faq:import -- file.xlsx [--apply] [--data-dir ./data] [--format xlsx|csv|json]
 * [--as admin@example.com]`: the knowledge-base import from a terminal. Prints the dry run
 * (new, changed, unchanged, invalid rows with the reason); writes only with --apply, all or
 * nothing. Exit code 1 when a row is invalid or the file cannot be read, 2 for bad usage.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { FAQ_FILE_FORMATS, type FaqFileFormat } from '../knowledge/io/index.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { ServiceError } from '../server/services/errors.ts';
import { storeImport } from '../server/services/faq/transfer/apply.ts';
import { planImport } from '../server/services/faq/transfer/plan.ts';
import { openStore } from '../server/store/open.ts';
import type { Store } from '../server/store/types.ts';
import { printReport } from './faq-import/print.ts';

const USAGE =
  'Usage: npm run faq:import -- <file.xlsx|.csv|.json> [--apply] [--data-dir DIR] [--format xlsx|csv|json] [--as ADMIN_EMAIL]';

/** A mistake in how the command was called: shown with the usage, exit code 2. */
class UsageError extends Error {}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        apply: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        format: { type: 'string' },
        as: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function options() {
  const { values, positionals } = parse();
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('Name one file to import.');
  const name = values.format ?? extname(file).slice(1).toLowerCase();
  const format = FAQ_FILE_FORMATS.find((f) => f === name);
  if (!format) throw new UsageError(`Cannot tell the format of ${file}: name it with --format.`);
  return { ...values, file, format };
}

/** Whom the `imported` revisions name: an admin of this database. */
async function importer(store: Store, email: string): Promise<string> {
  const agent = await store.agents.findByEmail(email.toLowerCase());
  if (agent?.role === 'admin' && !agent.disabled) return agent.id;
  throw new UsageError(`${email} is not an admin in this database: name one with --as.`);
}

async function run(store: Store, file: string, format: FaqFileFormat, apply: boolean, as: string) {
  const deps = { store, clock: systemClock };
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : ''}`);
  });
  const report = apply
    ? (await storeImport(deps, await importer(store, as), new Uint8Array(bytes), format)).report
    : await planImport(deps, new Uint8Array(bytes), format);
  console.log(printReport(basename(file), report));
  if (report.invalid.length > 0) return 1;
  console.log(
    report.applied
      ? '\nImported. A running Kefu server answers with these entries after a restart.'
      : '\nDry run: nothing written. Run again with --apply to import.',
  );
  return 0;
}

async function main(): Promise<number> {
  const args = options();
  const config = loadConfig({
    ...process.env,
    ...(args['data-dir'] !== undefined && { DATA_DIR: args['data-dir'] }),
  });
  const store = await openStore(config, systemClock);
  try {
    return await run(store, args.file, args.format, args.apply, args.as ?? config.admin.email);
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof ServiceError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
