import type { Language } from '../../../protocol/index.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { localTime } from '../zoned-time.ts';
import { TRANSCRIPT_LABELS } from './labels.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';
import type { TranscriptDoc, TranscriptEntry } from './transcript-doc.ts';
import type { TranscriptDownload, TranscriptFormat } from './transcript-file.ts';

/** Enough for any visitor's history; a visitor with more gets their latest. */
const MAX_CONVERSATIONS = 500;

const OWN = {
  'zh-CN': { title: '聊天记录', you: '我' },
  en: { title: 'Chat transcript', you: 'You' },
} satisfies Record<Language, { title: string; you: string }>;

const TYPES: Record<TranscriptFormat, string> = {
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * Every conversation of the visitor, oldest first, as the chat showed them: messages only,
 * through the visitor presenter. Unlike the console's files there are no notes, no
 * classification and no page: nothing here was not already on the visitor's screen.
 */
export async function visitorTranscriptFile(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  actor: VisitorActor,
  format: TranscriptFormat,
  lang: Language = actor.lang,
): Promise<TranscriptDownload> {
  const l = TRANSCRIPT_LABELS[lang];
  const { timeZone } = (await getDeskSettings(deps)).businessHours;
  const at = (iso: string) => localTime(iso, timeZone);
  const conversations = (
    await deps.store.conversations.listForVisitor(actor.visitorId, MAX_CONVERSATIONS)
  ).reverse();
  const messages: TranscriptEntry[] = [];
  for (const c of conversations) {
    // Each conversation starts under a line of its own, with how it stands.
    messages.push({
      at: at(c.createdAt),
      who: l.conversation,
      author: 'system',
      body: l.statuses[c.status],
      suggestions: [],
    });
    for (const m of (await deps.store.messages.listAfter(c.id, 0)).map(presentForVisitor)) {
      messages.push({
        at: at(m.createdAt),
        who: m.author === 'visitor' ? OWN[lang].you : (m.authorName ?? l.authors[m.author]),
        author: m.author,
        body: m.body,
        suggestions: (m.suggestions ?? []).map((s) => s.question),
      });
    }
  }
  const now = deps.clock.now().toISOString();
  const doc: TranscriptDoc = {
    lang,
    labels: l,
    title: OWN[lang].title,
    facts: [[l.exported, at(now)]],
    timeZoneNote: l.timeZone(timeZone),
    messages,
    notes: [],
  };
  return {
    body: format === 'html' ? renderHtml(doc) : renderText(doc),
    contentType: TYPES[format],
    filename: `kefu-chat-${at(now).slice(0, 10)}.${format}`,
  };
}
