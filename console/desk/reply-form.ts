import type { QuickReply } from '../../protocol/desk.ts';
import type { Language } from '../../protocol/language.ts';
import type { QuickReplyInput } from '../../protocol/schemas/desk.ts';
import type { Failure } from '../rest.ts';
import type { DeskTexts } from './i18n.ts';

/** The quick-reply form as typed: the order stays text until it is sent. */
export interface ReplyDraft {
  lang: Language;
  shortcut: string;
  body: string;
  sort: string;
}

export type ReplyField = 'shortcut' | 'body' | 'sort';

export function emptyDraft(lang: Language): ReplyDraft {
  return { lang, shortcut: '', body: '', sort: '0' };
}

export function draftOf(reply: QuickReply): ReplyDraft {
  return { lang: reply.lang, shortcut: reply.shortcut, body: reply.body, sort: String(reply.sort) };
}

/** Agents write `/nihao`, so a pasted leading slash is dropped rather than refused. */
export function inputOf(draft: ReplyDraft): QuickReplyInput {
  const sort = draft.sort.trim();
  return {
    lang: draft.lang,
    shortcut: draft.shortcut.trim().replace(/^\//, ''),
    body: draft.body,
    sort: sort === '' ? 0 : Number(sort),
  };
}

/**
 * The server's refusal in the agent's language, and the field it is about: a 400 names the
 * field first ("shortcut: …"), a 409 means the shortcut is taken.
 */
export function replyProblem(
  tx: DeskTexts,
  failure: Failure,
  shortcut: string,
): { field: ReplyField | null; message: string } {
  if (failure.problem === 'conflict') {
    return { field: 'shortcut', message: tx.qrShortcutTaken(shortcut) };
  }
  if (failure.problem === 'invalid_input') {
    const field = failure.detail.split(/[.:]/)[0];
    if (field === 'shortcut') return { field, message: tx.qrShortcutInvalid };
    if (field === 'body') return { field, message: tx.qrBodyInvalid };
    if (field === 'sort') return { field, message: tx.qrSortInvalid };
  }
  return { field: null, message: tx.problems[failure.problem] };
}
