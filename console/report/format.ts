import type {
  MonthlyReport,
  ReportDepartment,
  ReportHeadline,
  ReportHeadlineKey,
  ReportPeriod,
  ReportSettings,
} from '../../protocol/report.ts';
import type { ReportTexts } from './i18n.ts';

/**
 * How the report's values read, the same in the console, the charts and the printable page.
 * Pure: the server imports it too.
 */

export type Kind = 'count' | 'share' | 'seconds' | 'rating';

/** What a figure is, and which way is better: `up`, `down`, or neither (volumes). */
const FIGURES: Record<ReportHeadlineKey, { kind: Kind; better: 'up' | 'down' | null }> = {
  conversations: { kind: 'count', better: null },
  visitorMessages: { kind: 'count', better: null },
  visitors: { kind: 'count', better: null },
  newVisitors: { kind: 'count', better: null },
  returningVisitors: { kind: 'count', better: null },
  botOnly: { kind: 'count', better: null },
  botOnlyShare: { kind: 'share', better: 'up' },
  handoffs: { kind: 'count', better: null },
  handoffRate: { kind: 'share', better: 'down' },
  leftMessages: { kind: 'count', better: null },
  queueWaitP50: { kind: 'seconds', better: 'down' },
  queueWaitP90: { kind: 'seconds', better: 'down' },
  abandoned: { kind: 'count', better: 'down' },
  firstReplyP50: { kind: 'seconds', better: 'down' },
  firstReplyP90: { kind: 'seconds', better: 'down' },
  pickedUp: { kind: 'count', better: null },
  pickUpShare: { kind: 'share', better: 'up' },
  handlingTimeP50: { kind: 'seconds', better: null },
  ratings: { kind: 'count', better: null },
  ratingAverage: { kind: 'rating', better: 'up' },
  satisfiedShare: { kind: 'share', better: 'up' },
  complaints: { kind: 'count', better: 'down' },
};

export const HEADLINE_KEYS = Object.keys(FIGURES) as ReportHeadlineKey[];

export function formatCount(n: number, tx: ReportTexts): string {
  return new Intl.NumberFormat(tx.locale).format(n);
}

export function formatShare(share: number | null, tx: ReportTexts): string {
  if (share === null) return tx.none;
  return new Intl.NumberFormat(tx.locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

export function formatSeconds(seconds: number | null, tx: ReportTexts): string {
  if (seconds === null) return tx.none;
  const whole = Math.round(seconds);
  return tx.duration(Math.floor(whole / 60), whole % 60);
}

export function formatRating(rating: number | null, tx: ReportTexts): string {
  if (rating === null) return tx.none;
  return new Intl.NumberFormat(tx.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(rating);
}

export function formatFigure(
  key: ReportHeadlineKey,
  value: number | null,
  tx: ReportTexts,
): string {
  const kind = FIGURES[key].kind;
  if (kind === 'share') return formatShare(value, tx);
  if (kind === 'seconds') return formatSeconds(value, tx);
  if (kind === 'rating') return formatRating(value, tx);
  return value === null ? tx.none : formatCount(value, tx);
}

/** The pick-up figures name their threshold ("within 20 s"). */
export function figureLabel(
  key: ReportHeadlineKey,
  settings: ReportSettings,
  tx: ReportTexts,
): string {
  if (key === 'pickUpShare') return tx.pickUpShare(settings.pickUpSeconds);
  if (key === 'pickedUp') return tx.pickedUpWithin(settings.pickUpSeconds);
  return tx.headline[key];
}

export interface Change {
  arrow: '↑' | '↓' | '→' | '';
  /** e.g. "+12.5%", "−3.2 个百分点", "持平", "上期无数据". */
  text: string;
  judgement: 'better' | 'worse' | 'neutral';
}

/**
 * The change against the previous period: shares in percentage points, everything else
 * relative. Whether it is better depends on the figure, and is said in words as well as colour.
 */
export function changeOf(
  key: ReportHeadlineKey,
  current: ReportHeadline,
  previous: ReportHeadline,
  tx: ReportTexts,
): Change {
  return changeBetween(current[key], previous[key], FIGURES[key], tx);
}

/** `changeOf` for any figure: what it is (a share changes in points) and which way is better. */
export function changeBetween(
  now: number | null,
  before: number | null,
  { kind, better }: { kind: Kind; better: 'up' | 'down' | null },
  tx: ReportTexts,
): Change {
  if (now === null || before === null) {
    return { arrow: '', text: tx.noPrevious, judgement: 'neutral' };
  }
  const delta = now - before;
  if (delta === 0) return { arrow: '→', text: tx.same, judgement: 'neutral' };
  // Shares change in percentage points; other figures by a percentage of what they were.
  const size =
    kind === 'share'
      ? round1(Math.abs(delta) * 100)
      : before === 0
        ? Infinity
        : round1((Math.abs(delta) / before) * 100);
  // What reads as 0 (a change of 0.01 points) is no change, and neither better nor worse.
  if (size === 0) return { arrow: '→', text: tx.same, judgement: 'neutral' };
  const up = delta > 0;
  const judgement = better === null ? 'neutral' : up === (better === 'up') ? 'better' : 'worse';
  const signed = `${up ? '+' : '−'}${new Intl.NumberFormat(tx.locale).format(size)}`;
  // A count that was 0 has no percentage change: say where it came from instead.
  const text =
    kind === 'share' ? tx.points(signed) : size === Infinity ? tx.fromZero : `${signed}%`;
  return { arrow: up ? '↑' : '↓', text, judgement };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function departmentName(
  department: Pick<ReportDepartment, 'id' | 'nameZh' | 'nameEn'>,
  tx: ReportTexts,
): string {
  if (department.id === null) return tx.botDepartment;
  return tx.locale === 'en' ? department.nameEn : department.nameZh;
}

/** `2025-03` as "2025 年 3 月" / "March 2025". */
export function monthLabel(month: string, tx: ReportTexts): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return tx.monthName(year, m);
}

/** "2025 年 3 月" for a calendar month, else "2025-03-01 至 2025-03-15". */
export function periodName(period: ReportPeriod, tx: ReportTexts): string {
  return period.month ? monthLabel(period.month, tx) : tx.range(period.from, period.to);
}

export function dateTimeOf(iso: string, tx: ReportTexts, timeZone: string): string {
  return new Intl.DateTimeFormat(tx.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** A month with no conversation has nothing to chart. */
export function isEmpty(report: MonthlyReport): boolean {
  return report.headline.conversations === 0;
}
