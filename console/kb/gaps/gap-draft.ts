import type { GapGroup, GapQuestion } from '../../../protocol/gaps.ts';
import { emptyDraft, type EntryDraft } from '../draft.ts';

/** The longest question or similar question an entry takes. */
const LINE_MAX = 300;

/**
 * A new entry as the group suggests it: the representative as the question (or the first
 * kept wording, when the admin unticked it), the other kept wordings as similar questions,
 * in the group's language and published. Wordings too long to be a phrasing are left out.
 */
export function draftFromGroup(group: GapGroup, kept: readonly GapQuestion[]): EntryDraft {
  const texts = kept.map((q) => q.text.trim()).filter((t) => t && t.length <= LINE_MAX);
  const representative = group.representative.trim();
  const question = texts.includes(representative) ? representative : (texts[0] ?? '');
  const similar = texts.filter((t) => t !== question);
  return { ...emptyDraft(group.lang), question, similar: similar.length ? similar : [''] };
}
