import type { ImportReport } from '../../../../protocol/index.ts';
import type { FaqImportEntry } from '../../../../protocol/schemas/faq-admin.ts';
import type { FaqFileFormat } from '../../../../knowledge/io/index.ts';
import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';
import { readImportFile } from './read-file.ts';

/** A dry run, and the entries it would write (new and changed; unchanged ones are left alone). */
export interface ImportPlan {
  report: ImportReport;
  writes: { entry: FaqImportEntry; stored: FaqEntryRow | null }[];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** Unchanged: every field an import carries is as stored (order of lists included). */
function sameEntry(entry: FaqImportEntry, row: FaqEntryRow): boolean {
  return (
    entry.lang === row.lang &&
    entry.question === row.question &&
    sameList(entry.similar, row.similar) &&
    sameList(entry.keywords, row.keywords) &&
    entry.answer === row.answer &&
    entry.category === row.category &&
    entry.department === row.department &&
    entry.status === row.status
  );
}

export async function importPlan(
  deps: Pick<ServiceDeps, 'store'>,
  bytes: Uint8Array,
  format: FaqFileFormat,
): Promise<ImportPlan> {
  const file = await readImportFile(bytes, format);
  const stored = new Map((await deps.store.faqEntries.listAll()).map((row) => [row.id, row]));
  const report: ImportReport = {
    format,
    added: [],
    changed: [],
    unchanged: [],
    invalid: file.problems,
    applied: false,
  };
  const writes: ImportPlan['writes'] = [];
  for (const { entry } of file.rows) {
    const row = stored.get(entry.id) ?? null;
    if (row !== null && sameEntry(entry, row)) {
      report.unchanged.push(entry.id);
      continue;
    }
    (row === null ? report.added : report.changed).push(entry.id);
    writes.push({ entry, stored: row });
  }
  return { report, writes };
}

/**
 * What importing the file would do, compared with the knowledge base as it is: new,
 * changed, unchanged and invalid rows (with the reason). Writes nothing.
 */
export async function planImport(
  deps: Pick<ServiceDeps, 'store'>,
  bytes: Uint8Array,
  format: FaqFileFormat,
): Promise<ImportReport> {
  return (await importPlan(deps, bytes, format)).report;
}
