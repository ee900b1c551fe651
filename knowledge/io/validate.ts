import type { z } from 'zod';
import type { ImportProblem } from '../../protocol/faq-admin.ts';
import { faqImportEntrySchema, type FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { COLUMNS, FAQ_FIELDS, type FaqField } from './columns.ts';

/** One readable entry of a file, with the row it came from (1-based, as the file shows it). */
export interface FaqFileRow {
  row: number;
  entry: FaqImportEntry;
}

/** What a file holds: its valid entries, and every row that cannot be taken, with why. */
export interface FaqFileContents {
  rows: FaqFileRow[];
  problems: ImportProblem[];
}

/** An entry as a reader found it, before validation. */
export interface RawEntry {
  row: number;
  value: unknown;
}

const isField = (key: unknown): key is FaqField =>
  typeof key === 'string' && (FAQ_FIELDS as readonly string[]).includes(key);

function describeIssue(issue: z.core.$ZodIssue): string {
  const [key, index] = issue.path;
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const message = missing ? 'missing' : issue.message;
  if (key === undefined && issue.code === 'invalid_type')
    return 'not an entry (expected an object)';
  if (!isField(key)) return key === undefined ? message : `${String(key)}: ${message}`;
  const item = typeof index === 'number' ? ` #${index + 1}` : '';
  return `${COLUMNS[key].header}${item}: ${message}`;
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  return typeof value.id === 'string' && value.id !== '' ? value.id : null;
}

/**
 * Validates every entry with the import schema. Each bad row gives one problem naming all
 * its faults; an id used twice is a problem on every later row (the first one stands).
 */
export function validateEntries(raw: readonly RawEntry[]): FaqFileContents {
  const rows: FaqFileRow[] = [];
  const problems: ImportProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, value } of raw) {
    const id = idOf(value);
    const first = id === null ? undefined : firstRow.get(id);
    if (id !== null && first === undefined) firstRow.set(id, row);
    const parsed = faqImportEntrySchema.safeParse(value, { reportInput: true });
    const reasons = parsed.success ? [] : parsed.error.issues.map(describeIssue);
    if (first !== undefined) reasons.unshift(`id ${id} is already used in row ${first}`);
    if (parsed.success && reasons.length === 0) rows.push({ row, entry: parsed.data });
    else problems.push({ row, reason: reasons.join('; ') });
  }
  return { rows, problems };
}
