import type { MonthlyReport } from '../../protocol/report.ts';
import { request, type Result } from '../rest.ts';
import { searchOf, type Period } from './period.ts';

export function fetchReport(period: Period): Promise<Result<MonthlyReport>> {
  return request('GET', `/api/reports?${searchOf(period)}`);
}
