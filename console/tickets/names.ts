import type { Directory } from '../../protocol/conversation.ts';
import type { Language } from '../../protocol/language.ts';
import type { TicketDetail } from '../../protocol/tickets.ts';
import { dateTime } from '../format.ts';
import { TEXTS } from '../i18n.ts';
import { departmentName } from '../useDirectory.ts';
import type { TicketsTexts } from './i18n.ts';
import type { Names } from './timeline-text.ts';

/**
 * Names for the ids a ticket carries: colleagues from the directory, else from the ticket and
 * its history (a deactivated owner is named there), else the id itself; never a blank.
 */
export function namesOf(
  tx: TicketsTexts,
  lang: Language,
  directory: Directory | null,
  detail: TicketDetail | null,
): Names {
  const known = new Map<string, string>();
  for (const e of detail?.timeline ?? []) if (e.actor?.name) known.set(e.actor.id, e.actor.name);
  const t = detail?.ticket;
  if (t?.ownerId && t.ownerName) known.set(t.ownerId, t.ownerName);
  for (const a of directory?.agents ?? []) known.set(a.id, a.name);
  const ratings: Record<number, string> = TEXTS[lang].ratings;
  return {
    agent: (id) => (id === null ? tx.nobody : (known.get(id) ?? id)),
    department: (id) => {
      const d = directory?.departments.find((x) => x.id === id);
      return d ? departmentName(d, lang) : id;
    },
    time: (iso) => dateTime(iso, lang),
    rating: (score) => ratings[score] ?? String(score),
  };
}
