import type { ConversationView, Language } from '../../../protocol/index.ts';
import type { DepartmentRow } from '../../store/types.ts';
import { TRANSCRIPT_LABELS, type TranscriptLabels } from './labels.ts';
import { localTime } from '../zoned-time.ts';

/** One line of a transcript: when, who, what. */
export interface TranscriptEntry {
  at: string;
  who: string;
  author: string;
  body: string;
  /** The questions a bot message offered. */
  suggestions: string[];
}

/** A transcript ready to print in any format: every value already in words. */
export interface TranscriptDoc {
  lang: Language;
  labels: TranscriptLabels;
  title: string;
  facts: [string, string][];
  timeZoneNote: string;
  messages: TranscriptEntry[];
  notes: TranscriptEntry[];
}

export function transcriptDoc(
  view: ConversationView,
  department: DepartmentRow | null,
  timeZone: string,
  lang: Language,
): TranscriptDoc {
  const l = TRANSCRIPT_LABELS[lang];
  const c = view.conversation;
  const visitor = l.visitor(c.visitorCode);
  const at = (iso: string) => localTime(iso, timeZone);
  const lastAt = view.messages.at(-1)?.createdAt;
  const ended = c.closedAt ?? (c.status === 'closed' ? lastAt : null);
  const facts: [string, string | null][] = [
    [l.conversation, c.id],
    [l.started, at(c.createdAt)],
    [l.ended, ended ? at(ended) : null],
    [l.status, l.statuses[c.status]],
    [l.language, c.lang],
    [l.department, department ? (lang === 'en' ? department.nameEn : department.nameZh) : null],
    [l.agent, c.agentName],
    [l.type, c.closeType ? l.types[c.closeType] : null],
    [l.tags, c.closeTags.length > 0 ? c.closeTags.join(', ') : null],
    [l.summary, c.closeSummary],
    [l.rating, c.rating === null ? null : `${c.rating}/5`],
    [l.ratingComment, c.ratingComment],
    [l.page, view.visitor.page?.url ?? null],
  ];
  return {
    lang,
    labels: l,
    title: `${l.title} · ${visitor}`,
    facts: facts.flatMap(([label, value]) => (value ? [[label, value] as [string, string]] : [])),
    timeZoneNote: l.timeZone(timeZone),
    messages: view.messages.map((m) => ({
      at: at(m.createdAt),
      who:
        m.author === 'visitor'
          ? visitor
          : m.author === 'agent'
            ? (m.authorName ?? l.authors.agent)
            : l.authors[m.author],
      author: m.author,
      body: m.body,
      suggestions: (m.suggestions ?? []).map((s) => s.question),
    })),
    notes: view.notes.map((n) => ({
      at: at(n.createdAt),
      who: n.agentName || l.authors.agent,
      author: 'note',
      body: n.body,
      suggestions: [],
    })),
  };
}
