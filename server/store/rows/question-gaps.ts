/** A question_gaps row as both engines hold it, and its mapper. */
import type { GapReason, GapResolution, Language } from '../../../protocol/index.ts';
import type { QuestionGapRow } from '../types.ts';

export interface QuestionGapRaw {
  id: string;
  message_id: string;
  conversation_id: string;
  text: string;
  lang: Language;
  reason: GapReason;
  faq_id: string | null;
  at: string;
  resolution: GapResolution | null;
  resolved_faq_id: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

export const toQuestionGapRow = (r: QuestionGapRaw): QuestionGapRow => ({
  id: r.id,
  messageId: r.message_id,
  conversationId: r.conversation_id,
  text: r.text,
  lang: r.lang,
  reason: r.reason,
  faqId: r.faq_id,
  at: r.at,
  resolution: r.resolution,
  resolvedFaqId: r.resolved_faq_id,
  resolvedBy: r.resolved_by,
  resolvedAt: r.resolved_at,
});
