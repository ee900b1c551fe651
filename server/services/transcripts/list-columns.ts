import type { Language, TranscriptRow } from '../../../protocol/index.ts';
import type { DepartmentRow } from '../../store/types.ts';
import { TRANSCRIPT_LABELS, type ListColumn } from './labels.ts';
import { localTime } from '../zoned-time.ts';

/** One column of the list export: its header, its cell, its width in the XLSX. */
export interface ExportColumn {
  label: string;
  width: number;
  value(row: TranscriptRow): string | number;
}

/** Every TranscriptRow field, plus the department's name, in the reader's language. */
export function exportColumns(
  lang: Language,
  timeZone: string,
  departments: ReadonlyMap<string, DepartmentRow>,
): ExportColumn[] {
  const l = TRANSCRIPT_LABELS[lang];
  const at = (iso: string) => localTime(iso, timeZone);
  const zone = ` (${timeZone})`;
  const department = (id: string | null) => {
    const d = id ? departments.get(id) : undefined;
    return d ? (lang === 'en' ? d.nameEn : d.nameZh) : '';
  };
  const spec: [ListColumn, number, (r: TranscriptRow) => string | number, string?][] = [
    ['id', 24, (r) => r.id],
    ['visitorId', 24, (r) => r.visitorId],
    ['visitorCode', 10, (r) => r.visitorCode],
    ['lang', 8, (r) => r.lang],
    ['status', 12, (r) => l.statuses[r.status]],
    ['startedAt', 20, (r) => at(r.startedAt), zone],
    ['endedAt', 20, (r) => at(r.endedAt), zone],
    ['departmentId', 14, (r) => r.departmentId ?? ''],
    ['departmentName', 16, (r) => department(r.departmentId)],
    ['agentId', 14, (r) => r.agentId ?? ''],
    ['agentName', 14, (r) => r.agentName ?? ''],
    ['handledBy', 10, (r) => l.handledBy[r.handledBy]],
    ['closeType', 10, (r) => (r.closeType ? l.types[r.closeType] : '')],
    ['closeTags', 20, (r) => r.closeTags.join(', ')],
    ['closeSummary', 30, (r) => r.closeSummary ?? ''],
    ['rating', 8, (r) => r.rating ?? ''],
    ['ratingComment', 30, (r) => r.ratingComment ?? ''],
    ['messages', 8, (r) => r.messages],
    ['visitorMessages', 8, (r) => r.visitorMessages],
    ['firstQuestion', 40, (r) => r.firstQuestion ?? ''],
    ['pageUrl', 40, (r) => r.pageUrl ?? ''],
    ['matchAt', 20, (r) => (r.match ? at(r.match.createdAt) : ''), zone],
    [
      'matchAuthor',
      10,
      (r) =>
        r.match
          ? r.match.author === 'visitor'
            ? l.visitor(r.visitorCode)
            : l.authors[r.match.author]
          : '',
    ],
    ['matchBody', 40, (r) => r.match?.body ?? ''],
  ];
  return spec.map(([key, width, value, suffix = '']) => ({
    label: l.columns[key] + suffix,
    width,
    value,
  }));
}
