/**
 * `npm run backup -- --out backups/ [--data-dir ./data]`: a consistent copy of the configured
 * database, also while Kefu is serving, written as kefu-backup-<UTC time>.sqlite. SQLite's
 * online backup copies every page in one step: one read transaction, a snapshot of one moment,
 * which the server's writes (WAL) neither block nor restart. Then the attachment files
 * (DATA_DIR/attachments) are copied beside it as kefu-backup-<UTC time>-attachments/: they are
 * written once and never changed, and a file is stored before its message, so every file the
 * database copy names is there (unless erased in between: then it was meant to go). Exit code 2
 * for bad usage, 1 when the backup failed (nothing is left behind then).
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../server/config.ts';
import { ATTACHMENTS_FOLDER, PART_SUFFIX } from '../server/store/files/directory-files.ts';
import { DATABASE_FILE } from '../server/store/sqlite/open.ts';

const USAGE = 'Usage: npm run backup -- --out DIR [--data-dir DIR]';

/** Pages per backup step: all of them, so the copy is one snapshot. */
const ALL_PAGES = 0x7fffffff;

/** A mistake in how the command was called: shown with the usage, exit code 2. */
class UsageError extends Error {}

function options(): { out: string; dataDir: string | undefined } {
  let values;
  try {
    values = parseArgs({
      options: { out: { type: 'string' }, 'data-dir': { type: 'string' } },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.out === undefined || values.out.trim() === '') {
    throw new UsageError('Name the folder for the backup: --out DIR.');
  }
  return { out: values.out, dataDir: values['data-dir'] };
}

/** 2026-11-26T10:42:07.123Z → 20261126-104207Z: sorts by time, valid in every file system. */
function stamp(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}Z`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

async function backUp(source: string, target: string): Promise<void> {
  const partial = `${target}.partial`;
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // One self-contained file (no -wal beside it) that has been read through once before it
  // takes the final name: what has that name is a backup that opens.
  const copy = new Database(partial, { fileMustExist: true });
  let check: unknown;
  try {
    copy.pragma('journal_mode = DELETE');
    check = copy.pragma('quick_check', { simple: true });
  } finally {
    copy.close();
  }
  if (check !== 'ok') {
    await rm(partial, { force: true });
    throw new Error(`The copy failed its check (${String(check)}); nothing was kept.`);
  }
  await rename(partial, target);
}

/** Copies the attachment folder, uploads still being written left out; how many files, bytes. */
async function backUpFiles(
  source: string,
  target: string,
): Promise<{ files: number; bytes: number }> {
  const partial = `${target}.partial`;
  try {
    await cp(source, partial, { recursive: true, filter: (path) => !path.endsWith(PART_SUFFIX) });
    let files = 0;
    let bytes = 0;
    for (const entry of await readdir(partial, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      files += 1;
      bytes += (await stat(join(entry.parentPath, entry.name))).size;
    }
    await rename(partial, target);
    return { files, bytes };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

async function main(): Promise<void> {
  const args = options();
  const config = loadConfig({
    ...process.env,
    ...(args.dataDir !== undefined && { DATA_DIR: args.dataDir }),
  });
  const source = join(config.dataDir, DATABASE_FILE);
  if (!existsSync(source)) {
    throw new UsageError(`No Kefu database at ${source}: name the data directory with --data-dir.`);
  }
  await mkdir(args.out, { recursive: true });
  const started = new Date();
  const target = join(args.out, `kefu-backup-${stamp(started)}.sqlite`);
  if (existsSync(target)) throw new Error(`${target} exists already; try again in a second.`);
  await backUp(source, target);
  const { size } = await stat(target);
  let report = `Backed up ${source}\n to ${target}: ${megabytes(size)}`;
  const folder = join(config.dataDir, ATTACHMENTS_FOLDER);
  if (existsSync(folder)) {
    const filesTarget = target.replace(/\.sqlite$/, `-${ATTACHMENTS_FOLDER}`);
    try {
      const copied = await backUpFiles(folder, filesTarget);
      report += `,\n and ${copied.files} attachment files to ${filesTarget}: ${megabytes(copied.bytes)}`;
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
  }
  const seconds = (Date.now() - started.getTime()) / 1000;
  console.log(`${report} in ${seconds.toFixed(1)} s.`);
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
