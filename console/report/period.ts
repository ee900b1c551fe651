import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../protocol/language.ts';

/** What the admin is looking at: one calendar month, or a range of days (both inclusive). */
export type Period = { month: string } | { from: string; to: string };

const BASE = '#report';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;

function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The month before today's: the last one with every day in it. */
export function lastCompleteMonth(now: Date): string {
  return monthOf(new Date(now.getFullYear(), now.getMonth() - 1, 1));
}

export function currentMonth(now: Date): string {
  return monthOf(now);
}

export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(year, m - 1 + by, 1));
}

/** A range the server will accept: real days, in order, at most a year. */
export function validRange(from: string, to: string): boolean {
  if (!DAY.test(from) || !DAY.test(to)) return false;
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return (
    !Number.isNaN(start) &&
    !Number.isNaN(end) &&
    start <= end &&
    (end - start) / 86_400_000 < MAX_DAYS
  );
}

/** `#report/2025-03` or `#report/2025-03-01~2025-03-15`; anything else is the default month. */
export function periodOf(hash: string, now: Date): Period {
  const rest = hash.startsWith(`${BASE}/`) ? hash.slice(BASE.length + 1) : '';
  if (MONTH.test(rest)) return { month: rest };
  const [from = '', to = ''] = rest.split('~');
  if (validRange(from, to)) return { from, to };
  return { month: lastCompleteMonth(now) };
}

export function hrefOf(period: Period): string {
  return 'month' in period ? `${BASE}/${period.month}` : `${BASE}/${period.from}~${period.to}`;
}

/** The query string the report's endpoints take. */
export function searchOf(period: Period, lang?: Language): string {
  const params = new URLSearchParams('month' in period ? { month: period.month } : period);
  if (lang) params.set('lang', lang);
  return params.toString();
}

/** The period lives in the hash: a reload, a bookmark and Back keep it. */
export function usePeriod(): [Period, (next: Period) => void] {
  const [period, setPeriod] = useState(() => periodOf(location.hash, new Date()));
  useEffect(() => {
    const onChange = () => setPeriod(periodOf(location.hash, new Date()));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [period, (next) => (location.hash = hrefOf(next))];
}
