import type { ImportReport } from '../../protocol/index.ts';

/** Ids listed per group before "… and N more": enough to check, short enough to read. */
const SHOWN = 10;

function ids(list: readonly string[]): string {
  const shown = list.slice(0, SHOWN).join(', ');
  return list.length > SHOWN ? `${shown} … and ${list.length - SHOWN} more` : shown;
}

/** The import report as a person reads it in a terminal: counts, some ids, every invalid row. */
export function printReport(file: string, report: ImportReport): string {
  const groups = [
    ['new', report.added],
    ['changed', report.changed],
    ['unchanged', report.unchanged],
  ] as const;
  const lines = [`${file} (${report.format})`];
  for (const [name, list] of groups) {
    const count = String(list.length).padStart(7);
    lines.push(
      `  ${name.padEnd(10)}${count}${list.length > 0 && name !== 'unchanged' ? `  ${ids(list)}` : ''}`,
    );
  }
  lines.push(`  ${'invalid'.padEnd(10)}${String(report.invalid.length).padStart(7)}`);
  if (report.invalid.length > 0) {
    lines.push('', 'Invalid rows (nothing is imported until they are fixed):');
    for (const problem of report.invalid) lines.push(`  row ${problem.row}: ${problem.reason}`);
  }
  return lines.join('\n');
}
