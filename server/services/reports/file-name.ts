import type { ReportPeriod } from '../../../protocol/index.ts';

/** `kefu-report-2026-10`, or `kefu-report-2026-10-01_2026-10-15` for a range of days. */
export function reportFileBase(period: ReportPeriod): string {
  return `kefu-report-${period.month ?? `${period.from}_${period.to}`}`;
}
