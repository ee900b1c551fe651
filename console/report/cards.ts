import type { ReportHeadlineKey, ReportSettings } from '../../protocol/report.ts';

/** The figures a manager looks at first, as cards; the table under them has every figure. */
export const HEADLINE_CARDS: readonly ReportHeadlineKey[] = [
  'conversations',
  'visitors',
  'botOnlyShare',
  'handoffRate',
  'pickUpShare',
  'firstReplyP50',
  'queueWaitP50',
  'abandoned',
  'satisfiedShare',
  'ratingAverage',
  'complaints',
  'leftMessages',
];

/** The desk's target for a figure, where it has one. */
export function targetOf(key: ReportHeadlineKey, settings: ReportSettings): number | null {
  if (key === 'pickUpShare') return settings.pickUpTarget;
  if (key === 'satisfiedShare') return settings.satisfactionTarget;
  return null;
}
